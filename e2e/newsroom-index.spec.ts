// A newsroom's public index (/n/<slug>) as an anonymous reader uses it: its fact-checks
// newest first with how many there are, a verdict filter, "Load more" by keyboard with focus
// on the first fact-check it added, retracted ones saying so, and a clear page for a slug no
// newsroom has. Twenty-two fact-checks are arranged so the list has a second page whatever
// else the newsroom published.
import { expectFitsASmallScreen, seriousViolations } from './support/accessibility.ts';
import { type ArticleCopy, copySeedArticle, deleteArticles, uniqueTitle } from './support/arrange-articles.ts';
import { arrangeClaim, arrangeRetraction } from './support/arrange-claims.ts';
import { expect, test } from './support/fixtures.ts';

const quote = 'a minimum of 3,000 arrests for ICE every day';
let article: ArticleCopy;
const claimTexts: string[] = [];
let retractedText: string;

test.beforeAll(async () => {
  article = await copySeedArticle(uniqueTitle('Newsroom index'));
  for (let index = 0; index < 22; index += 1) {
    const claimText = `Index claim ${index + 1} ${article.id.slice(0, 8)}`;
    await arrangeClaim(article, { quote, claimText, verdictId: index % 2 === 0 ? 'false' : 'mostly_true', rationale: '<p>Checked.</p>', status: 'published' });
    claimTexts.push(claimText);
  }
  retractedText = `Retracted index claim ${article.id.slice(0, 8)}`;
  const retractedId = await arrangeClaim(article, { quote, claimText: retractedText, verdictId: 'false', status: 'published' });
  await arrangeRetraction(retractedId, 'Checked the wrong quote.');
});

test.afterAll(async () => {
  await deleteArticles({ ids: [article.id] });
});

function countIn(text: string | null): number {
  const match = /^([\d,]+) fact-checks?$/.exec(text ?? '');
  if (match === null) throw new Error(`"${text}" is no count`);
  return Number(match[1]!.replace(/,/g, ''));
}

test('lists the newsroom\'s fact-checks newest first, counted, and loads more by keyboard', async ({ page }) => {
  await page.goto('/n/demo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fact-checks by Demo Newsroom');
  await expect(page).toHaveTitle('Fact-checks by Demo Newsroom · Factmark');
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe('Every fact-check Demo Newsroom has published, newest first.');
  const count = page.locator('.public-index-count');
  await expect(count).toHaveText(/^[\d,]+ fact-checks?$/);
  const total = countIn(await count.textContent());
  expect(total).toBeGreaterThanOrEqual(23);

  const list = page.getByRole('list', { name: 'Fact-checks by Demo Newsroom' });
  const cards = list.getByRole('article');
  await expect(cards).toHaveCount(20);
  // Newest first: the retraction was published last.
  await expect(cards.first()).toHaveAccessibleName(retractedText);
  await expect(cards.first().getByText('Retracted', { exact: true })).toBeVisible();
  await expect(cards.nth(1)).toHaveAccessibleName(claimTexts[21]!);
  await expect(cards.nth(1).locator('mark.public-quote-mark')).toHaveText(quote);
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  const more = page.getByRole('button', { name: /^Load more fact-checks \(20 of [\d,]+ shown\)$/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(Math.min(total, 40));
  await expect(cards.nth(20)).toBeFocused();
  const names = await cards.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-labelledby')));
  expect(new Set(names).size).toBe(names.length);

  await cards.nth(20).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/p\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
});

test('filters by verdict, counting what the filter leaves', async ({ page }) => {
  await page.goto('/n/demo');
  const filter = page.getByLabel('Verdict');
  const option = filter.locator('option', { hasText: /^Mostly true \(\d+\)$/ });
  const optionCount = Number(/\((\d+)\)/.exec((await option.textContent()) ?? '')![1]);
  expect(optionCount).toBeGreaterThanOrEqual(11);
  await filter.selectOption('Mostly true');
  const count = page.locator('.public-index-count');
  await expect(count).toHaveText(`${optionCount} fact-checks`);
  const cards = page.getByRole('list', { name: 'Fact-checks by Demo Newsroom' }).getByRole('article');
  await expect(cards).toHaveCount(Math.min(optionCount, 20));
  const verdicts = await cards.locator('.public-verdict').allTextContents();
  expect(new Set(verdicts)).toEqual(new Set(['Mostly true']));
  await expect(page.getByRole('article', { name: retractedText })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a slug no newsroom has is a clear "not found"', async ({ page }) => {
  await page.goto(`/n/no-such-newsroom-${crypto.randomUUID().slice(0, 8)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsroom not found');
  await expect(page).toHaveTitle('Newsroom not found · Factmark');
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);
});
