// The public pages as a reader sees them without an account, built from publications only:
// an article's page lists its fact-checks (the quoted words in their sentence, no ClaimReview,
// the whole text only when it is the newsroom's own), each fact-check has its own page with
// exactly one ClaimReview that survives hostile text (a correction dated and explained, a
// retraction instead of the verdict and no ClaimReview), and a newsroom's index lists, filters
// and loads more. Members copy a ClaimReview; every page passes axe and fits a phone.
import type { Page, Request } from '@playwright/test';
import { expectFitsASmallScreen, seriousViolations } from './support/accessibility.ts';
import { type ArticleCopy, copySeedArticle, deleteArticles, seedArticle, setOwnText, uniqueTitle } from './support/arrange-articles.ts';
import { harbourArticleId } from '../stack/seed/seed-ids.ts';
import { arrangeClaim, arrangeCorrection, arrangeRetraction } from './support/arrange-claims.ts';
import { correctArticleText } from './support/changes-elsewhere.ts';
import { demoEditor, harbourAdmin } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { collectDialogs, collectRequests } from './support/page-events.ts';
import { signInAs } from './support/sign-in.ts';

const published = {
  quote: 'a minimum of 3,000 arrests for ICE every day',
  // The sentence record_publication cuts around the quote in the seed article.
  sentenceStart: '“Under President Trump\'s leadership, we are looking to set a goal of',
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

async function expectNothingUnpublished(page: Page, claimRequests: Request[]) {
  for (const request of claimRequests) {
    expect(new URL(request.url()).searchParams.getAll('status')).toEqual(['eq.published']);
  }
  const html = await page.content();
  for (const hidden of [inReview, draft]) expect(html).not.toContain(hidden.claimText);
  for (const hidden of unpublishedClaimIds) expect(html).not.toContain(hidden);
}

async function claimReviewsOn(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  for (const script of scripts) expect(script).not.toContain('<');
  return scripts.map((script) => JSON.parse(script) as Record<string, unknown>);
}

async function metaDescription(page: Page) {
  return page.locator('meta[name="description"]').getAttribute('content');
}

test('an anonymous reader sees the article\'s fact-checks, quoted in their sentence, without its text or a ClaimReview', async ({ page }) => {
  const claimRequests = watchClaimRequests(page);
  const dialogs = collectDialogs(page);
  await page.goto(`/p/${article.id}`);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Fact-check of “${article.title}”`);
  await expect(page).toHaveTitle(`Fact-check: ${article.title} · Demo Newsroom`);
  expect(await metaDescription(page)).toBe(`Demo Newsroom fact-checked one claim in “${article.title}” (Example News, ${seedArticle.publicationDate}).`);
  await expect(page.getByText('Fact-checked by Demo Newsroom')).toBeVisible();
  const original = page.getByRole('link', { name: /Read the original article/ });
  await expect(original).toHaveAttribute('href', 'https://www.example.com/news/ice-record-arrests');
  await expect(original).toHaveAttribute('rel', 'noopener noreferrer');

  const card = page.getByRole('article', { name: published.claimText });
  await expect(card.getByText('False', { exact: true })).toBeVisible();
  await expect(card).toContainText(`Claimed by ${published.claimant}`);
  await expect(card.locator('mark.public-quote-mark')).toHaveText(published.quote);
  await expect(card.locator('blockquote')).toContainText(published.sentenceStart);
  await expect(card).toContainText(/Published on /);

  // Only the quoted sentence: the rest of a third party's article is not republished.
  await expect(page.locator('main')).not.toContainText(seedArticle.sentence);
  await expect(page.locator('mark.public-highlight')).toHaveCount(0);
  expect(await claimReviewsOn(page)).toEqual([]);
  await expect(page.locator('main script')).toHaveCount(0);
  await expectNothingUnpublished(page, claimRequests);

  expect(dialogs).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  await card.getByRole('link', { name: published.claimText }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${article.id}/${publishedClaimId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.claimText);
});

test('the newsroom\'s own text is shown in full, its checked words highlighted, and prints without the site header', async ({ page, articleCopy }) => {
  const own = await articleCopy('Own text');
  const claimId = await arrangeClaim(own, { ...published, status: 'published', sources: [published.source] });
  await setOwnText(own.id, true);

  await page.goto(`/p/${own.id}`);
  await expect(page.locator('main')).toContainText(seedArticle.sentence);
  const highlighted = await page.locator('mark.public-highlight').allTextContents();
  expect(highlighted.join('')).toBe(published.quote);
  const label = page.getByRole('link', { name: 'Fact-check 1: False' });
  await expect(label).toHaveAttribute('href', `#claim-${claimId}`);
  await label.click();
  await expect(page).toHaveURL(new RegExp(`#claim-${claimId}$`));
  expect(await claimReviewsOn(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
  const highlightOutline = await page.locator('mark.public-highlight').first().evaluate((mark) => getComputedStyle(mark).outlineStyle);
  expect(highlightOutline).toBe('solid');
});

test('an editor marks the article as the newsroom\'s own text, and its public page then shows it in full', async ({ page, articleCopy }) => {
  const own = await articleCopy('Marked own text');
  await arrangeClaim(own, { ...published, status: 'published', sources: [published.source] });
  await signInAs(page, demoEditor);
  await page.goto(`/articles/${own.id}`);
  const flag = page.getByRole('checkbox', { name: 'This is our newsroom’s own text: show it in full on public pages' });
  await expect(flag).not.toBeChecked();
  await flag.focus();
  await page.keyboard.press('Space');
  await expect(flag).toBeChecked();
  await expect(flag).toBeEnabled();
  expect(await seriousViolations(page, ['.article-header'])).toEqual([]);

  await page.goto(`/p/${own.id}`);
  await expect(page.locator('main')).toContainText(seedArticle.sentence);
  await expect(page.locator('mark.public-highlight')).not.toHaveCount(0);
});

test('a fact-check\'s own page has its verdict, rationale, sources and exactly one ClaimReview', async ({ page }) => {
  const dialogs = collectDialogs(page);
  await page.goto(`/p/${article.id}/${publishedClaimId}`);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.claimText);
  await expect(page).toHaveTitle(`False: ${published.claimText} · Demo Newsroom`);
  expect(await metaDescription(page)).toBe(`Demo Newsroom rated “${published.claimText}” (${published.claimant}): False.`);
  await expect(page.getByText('Fact-checked by Demo Newsroom')).toBeVisible();
  await expect(page.locator('.public-claim-page > .public-claim-verdict')).toHaveText('Verdict: False');
  await expect(page.locator('main')).toContainText(`Claimed by ${published.claimant}`);
  await expect(page.locator('mark.public-quote-mark')).toHaveText(published.quote);
  await expect(page.locator('main')).toContainText('ICE\'s own figures show about 2,000 arrests on the record day.');
  // The rationale's script and javascript: link are gone; its words and safe link remain.
  await expect(page.getByText('Click here')).toBeVisible();
  await expect(page.getByRole('link', { name: /Click here/ })).toHaveCount(0);
  const sourceLink = page.getByRole('link', { name: published.source.title });
  await expect(sourceLink).toHaveAttribute('href', published.source.url);
  await expect(sourceLink).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('main')).toContainText('Refutes the claim');
  await expect(page.locator('main')).toContainText(published.source.quote);
  await expect(page.locator('main script:not([type="application/ld+json"])')).toHaveCount(0);
  await expect(page.getByText('Earlier versions')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy ClaimReview' })).toHaveCount(0);

  const reviews = await claimReviewsOn(page);
  expect(reviews).toHaveLength(1);
  const origin = new URL(page.url()).origin;
  expect(reviews[0]).toEqual({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${origin}/p/${article.id}/${publishedClaimId}`,
    claimReviewed: published.claimText,
    author: { '@type': 'Organization', name: 'Demo Newsroom', url: origin },
    datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: published.claimant },
      datePublished: '2025-06-05',
      appearance: { '@type': 'CreativeWork', url: article.url, headline: article.title },
    },
  });

  const outbound = await page.locator('main a[target="_blank"]').evaluateAll((links) => links.map((link) => link.getAttribute('rel')));
  expect(outbound.every((rel) => rel === 'noopener noreferrer')).toBe(true);
  expect(dialogs).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  // Back to the article: its own title and description, not the claim's.
  await page.getByRole('link', { name: `All fact-checks of “${article.title}”` }).click();
  await expect(page).toHaveTitle(`Fact-check: ${article.title} · Demo Newsroom`);
  expect(await metaDescription(page)).toContain('Demo Newsroom fact-checked one claim');
});

test('a correction is dated and explained, says how the verdict changed, and keeps the earlier version readable', async ({ page, articleCopy }) => {
  const corrected = await articleCopy('Corrected fact-check');
  const claimId = await arrangeClaim(corrected, { ...published, claimant: 'Stephen Miller', verdictId: 'half_true', status: 'published', sources: [published.source] });
  await arrangeCorrection(claimId, { verdictId: 'false', rationale: '<p>ICE published its figures: about 2,000.</p>' }, 'ICE published its figures for the day.');

  await page.goto(`/p/${corrected.id}/${claimId}`);
  await expect(page.getByText('Verdict: False')).toBeVisible();
  const corrections = page.getByRole('region', { name: 'Corrections' });
  await expect(corrections).toContainText(/Corrected on .+: ICE published its figures for the day\. The verdict was changed from Half true to False\./);
  await expect(page.locator('.public-claim-dates')).toContainText(/Published on .+; corrected on /);
  await expect(page.locator('main')).toContainText('ICE published its figures: about 2,000.');

  const earlier = page.getByText('Earlier versions (1)');
  await earlier.focus();
  await page.keyboard.press('Enter');
  const version = page.locator('.public-earlier-version');
  await expect(version).toContainText(/Version 1: Published on /);
  await expect(version).toContainText('Verdict: Half true');
  await expect(version).toContainText(`Claim: ${published.claimText}`);

  const [review] = await claimReviewsOn(page);
  expect(review!.reviewRating).toMatchObject({ alternateName: 'False', ratingValue: 1 });
  expect(review!.dateModified).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
  expect(Date.parse(review!.dateModified as string)).toBeGreaterThan(Date.parse(review!.datePublished as string));
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  await page.goto(`/p/${corrected.id}`);
  const card = page.getByRole('article', { name: published.claimText });
  await expect(card.getByText('False', { exact: true })).toBeVisible();
  await expect(card).toContainText(/Corrected on /);
});

test('a retraction replaces the verdict, with its note and date, and takes the ClaimReview away', async ({ page, articleCopy }) => {
  const retracted = await articleCopy('Retracted fact-check');
  const claimId = await arrangeClaim(retracted, { ...published, claimant: 'Stephen Miller', status: 'published', sources: [published.source] });
  await arrangeRetraction(claimId, 'The quote was not Miller’s: it came from a briefing note.');

  await page.goto(`/p/${retracted.id}/${claimId}`);
  const retraction = page.getByRole('region', { name: 'This fact-check was retracted' });
  await expect(retraction).toContainText(/Retracted on .+: The quote was not Miller’s: it came from a briefing note\./);
  await expect(page.locator('.public-claim-page > .public-claim-verdict')).toHaveCount(0);
  await expect(page).toHaveTitle(`Retracted: ${published.claimText} · Demo Newsroom`);
  expect(await claimReviewsOn(page)).toEqual([]);
  // The retracted verdict is kept only as an earlier version.
  await page.getByText('Earlier versions (1)').click();
  await expect(page.locator('.public-earlier-version')).toContainText('Verdict: False');
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  await page.goto(`/p/${retracted.id}`);
  const card = page.getByRole('article', { name: published.claimText });
  await expect(card.getByText('Retracted', { exact: true })).toBeVisible();
  await expect(card.getByText('False', { exact: true })).toHaveCount(0);
});

test('a text revision after publication is listed with its date and reason, and the fact-check quotes the words it rated', async ({ page, articleCopy }) => {
  const revised = await articleCopy('Revised after publication');
  await arrangeClaim(revised, { ...published, claimant: 'Stephen Miller', status: 'published', sources: [published.source] });
  await correctArticleText(demoEditor, revised.id, published.quote, 'a goal of 3,000 arrests a day', 'The White House clarified the quote.');

  await page.goto(`/p/${revised.id}`);
  await expect(page.getByText('The article’s text was changed after it was fact-checked.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'The White House clarified the quote.' })).toBeVisible();
  const card = page.getByRole('article', { name: published.claimText });
  await expect(card.locator('mark.public-quote-mark')).toHaveText(published.quote);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a signed-in reader gets the same public pages, without unpublished claims', async ({ page }) => {
  await signInAs(page);
  const claimRequests = watchClaimRequests(page);
  await page.goto(`/p/${article.id}`);
  await expect(page.getByRole('article', { name: published.claimText })).toBeVisible();
  await expectNothingUnpublished(page, claimRequests);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('article', { name: published.claimText })).toBeVisible();
});

test('another newsroom\'s fact-check is signed by that newsroom, and its ClaimReview names it', async ({ page }) => {
  await page.goto(`/p/${harbourArticleId}`);
  await expect(page.getByText('Fact-checked by Harbour Gazette')).toBeVisible();
  await expect(page).toHaveTitle(/· Harbour Gazette$/);
  await expect(page.locator('body')).not.toContainText('Demo Newsroom');
  await page.getByRole('article').getByRole('link').first().click();
  await expect(page.getByText('Fact-checked by Harbour Gazette')).toBeVisible();
  const [review] = await claimReviewsOn(page);
  expect(review!.author).toEqual({ '@type': 'Organization', name: 'Harbour Gazette', url: new URL(page.url()).origin });
});

test('a member of the newsroom copies the ClaimReview block; the clipboard refused, it is shown selected', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAs(page, demoEditor);
  await page.goto(`/p/${article.id}/${publishedClaimId}`);
  const json = (await page.locator('script[type="application/ld+json"]').textContent()) ?? '';
  const copy = page.getByRole('button', { name: 'Copy ClaimReview' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`<script type="application/ld+json">${json}</script>`);
  expect(await seriousViolations(page)).toEqual([]);

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
  });
  await copy.click();
  const field = page.getByRole('textbox', { name: /ClaimReview to copy/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`<script type="application/ld+json">${json}</script>`);
  expect(await field.evaluate((element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart)).toBe(json.length + 44);
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);
});

test('a member of another newsroom is offered no Copy ClaimReview', async ({ page }) => {
  await signInAs(page, harbourAdmin);
  await page.goto(`/p/${article.id}/${publishedClaimId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.claimText);
  await expect(page.getByRole('button', { name: 'Copy ClaimReview' })).toHaveCount(0);
});

test('an article or a claim without a publication has no public page', async ({ page }) => {
  const claimRequests = watchClaimRequests(page);
  await page.goto(`/p/${unpublishedOnly.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No published fact-check for this article');
  await expect(page.locator('body')).not.toContainText(inReview.claimText);
  expect(claimRequests.every((request) => new URL(request.url()).searchParams.get('status') === 'eq.published')).toBe(true);

  await page.goto(`/p/${crypto.randomUUID()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No published fact-check for this article');
  await page.goto('/p/not-an-id');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No published fact-check for this article');
  await page.goto(`/p/${article.id}/${unpublishedClaimIds[0]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No published fact-check here');
  await page.goto(`/p/${unpublishedOnly.id}/${publishedClaimId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No published fact-check here');
});
