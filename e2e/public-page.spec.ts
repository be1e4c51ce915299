// The public fact-check page (/p/<article id>) as a reader sees it without an account: only
// published claims, each highlighted over its words with its verdict and a card, ClaimReview
// JSON-LD that survives hostile text, no script from a rationale, and a page that fits a phone
// and prints without the site's chrome.
import type { Page, Request } from '@playwright/test';
import { seriousViolations } from './support/accessibility.ts';
import { type ArticleCopy, copySeedArticle, deleteArticles, uniqueTitle } from './support/arrange-articles.ts';
import { harbourArticleId } from '../stack/seed/seed-ids.ts';
import { arrangeClaim } from './support/arrange-claims.ts';
import { correctArticleText } from './support/changes-elsewhere.ts';
import { demoEditor } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { collectDialogs, collectRequests } from './support/page-events.ts';
import { signInAs } from './support/sign-in.ts';

const published = {
  quote: 'a minimum of 3,000 arrests for ICE every day',
  claimText: 'The administration set ICE a goal of at least 3,000 arrests every day.',
  claimant: 'Stephen Miller </script><script>alert("claimant")</script>',
  verdictId: 'false',
  rationale:
    '<p>ICE\'s own figures show <strong>about 2,000</strong> arrests on the record day.<script>alert("rationale")</script> ' +
    '<a href="javascript:alert(\'link\')">Click here</a> and <a href="https://www.ice.gov/statistics">ICE statistics</a>.</p>',
  source: {
    url: 'https://www.ice.gov/statistics',
    title: 'ICE Enforcement and Removal Operations Statistics',
    publisher: 'U.S. Immigration and Customs Enforcement',
    stance: 'refutes' as const,
    quote: 'Arrests averaged well below 3,000 a day.',
  },
};

const inReview = {
  quote: 'One NBC reporter saw seven illegal immigrants',
  claimText: 'Unpublished in-review claim about seven arrests',
};

const draft = {
  quote: 'Hundreds of the people who were arrested had been enrolled',
  claimText: 'Unpublished draft claim about the ATD programme',
};

let article: ArticleCopy;
let publishedClaimId: string;
let unpublishedClaimIds: string[];
let unpublishedOnly: ArticleCopy;

/** A copy of the seed article as its publisher put it online. */
function copyAsPublished(title: string) {
  return copySeedArticle(uniqueTitle(title), {
    url: 'https://www.example.com/news/ice-record-arrests',
    publisher: 'Example News',
  });
}

test.beforeAll(async () => {
  article = await copyAsPublished('Public page');
  publishedClaimId = await arrangeClaim(article, { ...published, status: 'published', sources: [published.source] });
  unpublishedClaimIds = [
    await arrangeClaim(article, { ...inReview, status: 'in_review', verdictId: 'true', rationale: '<p>In review</p>' }),
    await arrangeClaim(article, { ...draft, status: 'draft' }),
  ];
  unpublishedOnly = await copyAsPublished('Nothing published');
  await arrangeClaim(unpublishedOnly, { ...inReview, status: 'in_review', verdictId: 'true' });
});

test.afterAll(async () => {
  await deleteArticles({ ids: [article.id, unpublishedOnly.id] });
});

function watchClaimRequests(page: Page): Request[] {
  return collectRequests(page, (request) => new URL(request.url()).pathname.endsWith('/rest/v1/claims'));
}

async function expectOnlyPublishedClaims(page: Page, claimRequests: Request[]) {
  await expect(page.getByRole('article', { name: published.claimText })).toBeVisible();
  expect(claimRequests.length).toBeGreaterThan(0);
  for (const request of claimRequests) {
    expect(new URL(request.url()).searchParams.getAll('status')).toEqual(['eq.published']);
  }
  const html = await page.content();
  for (const hidden of [inReview, draft]) expect(html).not.toContain(hidden.claimText);
  for (const hidden of unpublishedClaimIds) expect(html).not.toContain(hidden);
  await expect(page.locator('mark.public-highlight')).not.toHaveCount(0);
  const highlightedClaims = await page.locator('mark.public-highlight').evaluateAll((marks) => [
    ...new Set(marks.map((mark) => mark.getAttribute('data-claim-id'))),
  ]);
  expect(highlightedClaims).toEqual([publishedClaimId]);
}

test('an anonymous reader sees the published fact-check and nothing unpublished', async ({ page }) => {
  const claimRequests = watchClaimRequests(page);
  const dialogs = collectDialogs(page);
  await page.goto(`/p/${article.id}`);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Fact-check of “${article.title}”`);
  await expect(page).toHaveTitle(`Fact-check: ${article.title} · Demo Newsroom`);
  await expect(page.getByText('Fact-checked by Demo Newsroom')).toBeVisible();
  const card = page.getByRole('article', { name: published.claimText });
  await expect(card.getByText('False', { exact: true })).toBeVisible();
  await expect(card).toContainText(`Claimed by ${published.claimant}`);
  await expect(card).toContainText('ICE\'s own figures show about 2,000 arrests on the record day.');
  const sourceLink = card.getByRole('link', { name: published.source.title });
  await expect(sourceLink).toHaveAttribute('href', published.source.url);
  await expect(sourceLink).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(card).toContainText('Refutes the claim');
  await expect(card).toContainText(published.source.quote);
  // The rationale's script and javascript: link are gone; its words and safe link remain.
  await expect(card.getByText('Click here')).toBeVisible();
  await expect(card.getByRole('link', { name: /Click here/ })).toHaveCount(0);
  await expect(card.getByRole('link', { name: /ICE statistics/ })).toHaveAttribute('href', 'https://www.ice.gov/statistics');
  await expect(page.locator('main script:not([type="application/ld+json"])')).toHaveCount(0);

  // The highlight covers exactly the claim's words, and its label leads to the card.
  const highlighted = await page.locator('mark.public-highlight').allTextContents();
  expect(highlighted.join('')).toBe(published.quote);
  const label = page.getByRole('link', { name: 'Fact-check 1: False' });
  await expect(label).toHaveAttribute('href', `#claim-${publishedClaimId}`);
  await label.click();
  await expect(page).toHaveURL(new RegExp(`#claim-${publishedClaimId}$`));

  await expectOnlyPublishedClaims(page, claimRequests);

  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const rawJson = (await scripts.textContent()) ?? '';
  expect(rawJson).not.toContain('<');
  const review = JSON.parse(rawJson) as Record<string, unknown>;
  const origin = new URL(page.url()).origin;
  expect(review).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: published.claimText,
    reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    url: `${origin}/p/${article.id}#claim-${publishedClaimId}`,
    author: { '@type': 'Organization', name: 'Demo Newsroom', url: origin },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: published.claimant },
      appearance: [{ '@type': 'CreativeWork', url: article.url, headline: article.title, datePublished: '2025-06-05' }],
      datePublished: '2025-06-05',
    },
  });
  expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
  const outbound = await page
    .locator('main a[target="_blank"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('rel')));
  expect(outbound.every((rel) => rel === 'noopener noreferrer')).toBe(true);
  expect(dialogs).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a signed-in reader gets the same public page, without its unpublished claims', async ({ page }) => {
  await signInAs(page);
  const claimRequests = watchClaimRequests(page);
  await page.goto(`/p/${article.id}`);
  await expectOnlyPublishedClaims(page, claimRequests);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('article', { name: published.claimText })).toBeVisible();
});

test('the page fits a 360 px phone and prints without the site header', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/p/${article.id}`);
  await expect(page.getByRole('article', { name: published.claimText })).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
  const printedSource = await page
    .getByRole('link', { name: published.source.title })
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printedSource).toContain(published.source.url);
  const highlightOutline = await page.locator('mark.public-highlight').first().evaluate((mark) => getComputedStyle(mark).outlineStyle);
  expect(highlightOutline).toBe('solid');
});

test('another newsroom\'s fact-check is signed by that newsroom', async ({ page }) => {
  await page.goto(`/p/${harbourArticleId}`);
  await expect(page.getByText('Fact-checked by Harbour Gazette')).toBeVisible();
  await expect(page).toHaveTitle(/· Harbour Gazette$/);
  const review = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '') as Record<string, unknown>;
  expect(review.author).toEqual({ '@type': 'Organization', name: 'Harbour Gazette', url: new URL(page.url()).origin });
  await expect(page.locator('body')).not.toContainText('Demo Newsroom');
});

test('a correction after publication is on the page, with its date and reason, and the check whose words went says so', async ({ page, articleCopy }) => {
  const corrected = await articleCopy('Corrected after publication');
  const claimId = await arrangeClaim(corrected, { ...published, claimant: 'Stephen Miller', status: 'published', sources: [published.source] });
  await correctArticleText(demoEditor, corrected.id, published.quote, 'a goal of 3,000 arrests a day', 'The White House clarified the quote.');

  await page.goto(`/p/${corrected.id}`);
  await expect(page.getByText('The article’s text was changed after it was fact-checked.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'The White House clarified the quote.' })).toBeVisible();
  const card = page.getByRole('article', { name: published.claimText });
  await expect(card).toContainText(`The words this fact-check rated, “${published.quote}”, are no longer in the article as it now reads`);
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('an article without a published claim has no public fact-check', async ({ page }) => {
  const claimRequests = watchClaimRequests(page);
  await page.goto(`/p/${unpublishedOnly.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No published fact-check for this article');
  await expect(page.locator('body')).not.toContainText(inReview.claimText);
  expect(claimRequests.every((request) => new URL(request.url()).searchParams.get('status') === 'eq.published')).toBe(true);

  await page.goto(`/p/${crypto.randomUUID()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No published fact-check for this article');
  await page.goto('/p/not-an-id');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No published fact-check for this article');
});
