// Annotating an article: a claim added from a mouse selection and one added with the keyboard
// alone both come back after a reload highlighting the same words; overlapping claims are
// all offered where they overlap; cards and highlights lead to each other.
import { seedArticle } from './support/arrange-articles.ts';
import { arrangeClaim } from './support/arrange-claims.ts';
import { articleText, highlightedText, openArticle, pointCoveredBy, selectWithMouse } from './support/article-page.ts';
import { expect, test } from './support/fixtures.ts';
import { storedClaims } from './support/stored-rows.ts';

test('a claim added from a mouse selection, with a verdict and a source, highlights the same words after a reload', async ({ page, articleCopy }) => {
  const article = await articleCopy('Mouse annotation');
  await openArticle(page, article);

  await selectWithMouse(page, seedArticle.sentence);
  await page.getByRole('button', { name: 'Add claim' }).click();

  const panel = page.getByRole('region', { name: 'New claim' });
  await expect(panel.getByLabel('Claim', { exact: true })).toHaveValue(seedArticle.sentence);
  await panel.getByLabel('Claim', { exact: true }).fill('ICE arrested seven people at a New York check-in.');
  await panel.getByLabel('Claimant').fill('NBC News');
  await panel.getByLabel('Verdict').selectOption({ label: 'Mostly true' });
  await panel.getByRole('button', { name: 'Add source' }).click();
  await panel.getByLabel('Source URL').fill('https://www.nbcnews.com/politics/ice-arrests');
  await panel.getByLabel('Title').fill('ICE arrests record number');
  await panel.getByLabel('Publisher').fill('NBC News');
  await panel.getByRole('button', { name: 'Save draft' }).click();

  await expect.poll(async () => (await storedClaims(article.id)).length, { timeout: 10_000 }).toBe(1);
  const [claim] = await storedClaims(article.id);
  expect(claim).toMatchObject({ quote_exact: seedArticle.sentence, verdict_id: 'mostly_true' });
  expect(claim!.sources).toEqual([{ url: 'https://www.nbcnews.com/politics/ice-arrests', title: 'ICE arrests record number' }]);

  await page.reload();
  await expect(articleText(page).locator(`[data-claim-id="${claim!.id}"]`).first()).toBeVisible();
  expect(await highlightedText(page, claim!.id)).toBe(seedArticle.sentence);
  const card = page.getByRole('article', { name: 'ICE arrested seven people at a New York check-in.' });
  await expect(card).toContainText('Mostly true');
  await expect(card).toContainText('NBC News');
  await expect(card).toContainText('Draft');
  await expect(card).toContainText('Demo Checker');
});

test('a keyboard user selects words with Shift+arrows, presses c and saves a claim', async ({ page, articleCopy }) => {
  const article = await articleCopy('Keyboard annotation');
  await openArticle(page, article);
  const words = 'Immigration and Customs Enforcement (ICE)';
  const firstParagraph = article.bodyText.split('\n\n')[0]!;

  const text = articleText(page);
  for (let presses = 0; presses < 30; presses += 1) {
    if (await text.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute('aria-readonly', 'true');
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < firstParagraph.indexOf(words); i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < words.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(words);
  // Typing must not change the text: it is read-only until an editor switches to edit mode.
  await page.keyboard.press('x');
  await expect(text).toContainText(`States ${words} carried`);
  await expect(page.getByRole('button', { name: 'Add claim' })).toBeVisible();

  await page.keyboard.press('c');
  const panel = page.getByRole('region', { name: 'New claim' });
  await expect(panel.getByRole('heading', { name: 'New claim' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('Claim', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('Claimant')).toBeFocused();
  await page.keyboard.type('NBC News');
  // NBC News is an organisation: the arrow keys move the choice within the group.
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('radio', { name: 'A person' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('radio', { name: 'An organisation' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('When the claim was made')).toBeFocused();
  // Chromium stops at the date's month, day and year in turn.
  const appearance = panel.getByLabel('Where the claim was made');
  for (let presses = 0; presses < 4; presses += 1) {
    await page.keyboard.press('Tab');
    if (await appearance.evaluate((field) => field === document.activeElement)) break;
  }
  await expect(appearance).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('Verdict')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByLabel('Verdict')).not.toHaveValue('');
  await panel.getByRole('button', { name: 'Add source' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByLabel('Source URL')).toBeFocused();
  await page.keyboard.type('https://www.ice.gov/news');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ICE newsroom');
  await page.keyboard.press('Enter');

  await expect.poll(async () => (await storedClaims(article.id)).length, { timeout: 10_000 }).toBe(1);
  const [claim] = await storedClaims(article.id);
  expect(claim).toMatchObject({ quote_exact: words, claim_text: words });
  expect(claim!.sources).toEqual([{ url: 'https://www.ice.gov/news', title: 'ICE newsroom' }]);

  await page.reload();
  await expect(articleText(page).locator(`[data-claim-id="${claim!.id}"]`).first()).toBeVisible();
  expect(await highlightedText(page, claim!.id)).toBe(words);
});

test('overlapping claims are both highlighted and both offered where they overlap', async ({ page, articleCopy }) => {
  const article = await articleCopy('Overlapping claims');
  const first = await arrangeClaim(article, {
    quote: 'seven illegal immigrants who showed up for a check-in',
    claimText: 'Seven people were arrested at a check-in.',
    verdictId: 'true',
  });
  const second = await arrangeClaim(article, {
    quote: 'showed up for a check-in in New York City',
    claimText: 'The check-in was in New York City.',
  });
  await openArticle(page, article);
  await expect(page.getByText('2 claims · 2 shown')).toBeVisible();
  expect(await highlightedText(page, first)).toBe('seven illegal immigrants who showed up for a check-in');
  expect(await highlightedText(page, second)).toBe('showed up for a check-in in New York City');

  const overlap = await pointCoveredBy(page, 2);
  await page.mouse.move(overlap.x, overlap.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Seven people were arrested at a check-in.');
  await expect(tooltip).toContainText('True');
  await expect(tooltip).toContainText('The check-in was in New York City.');
  await expect(tooltip).toContainText('No verdict yet');

  const readingPlace = await page.evaluate(() => window.scrollY);
  await page.mouse.click(overlap.x, overlap.y);
  const chooser = page.getByRole('group', { name: '2 claims here' });
  await expect(chooser.getByRole('button', { name: /Seven people were arrested/ })).toBeFocused();
  await chooser.getByRole('button', { name: /The check-in was in New York City/ }).click();
  const secondCard = page.getByRole('article', { name: 'The check-in was in New York City.' });
  await expect(secondCard).toBeFocused();
  await expect(secondCard).toHaveAttribute('aria-current', 'true');
  expect(await page.evaluate(() => window.scrollY)).toBe(readingPlace);

  await page.getByRole('article', { name: 'Seven people were arrested at a check-in.' }).getByRole('button', { name: /Show in text/ }).click();
  await expect(articleText(page).locator(`[data-claim-id="${first}"].claim-highlight-focused`).first()).toBeVisible();
});

test('the side panel filters claims, counts them and opens one in the claim panel', async ({ page, articleCopy }) => {
  const article = await articleCopy('Claim filters');
  await arrangeClaim(article, { quote: 'seven illegal immigrants', claimText: 'Seven were arrested.', verdictId: 'false' });
  const appClaim = await arrangeClaim(article, { quote: 'ankle monitors, smartphone apps', claimText: 'ICE tracks people by app.' });
  await openArticle(page, article);
  await expect(page.getByText('2 claims · 2 shown')).toBeVisible();
  const cards = page.getByRole('list', { name: 'Claims in reading order' }).getByRole('article');
  await expect(cards).toHaveText([/ICE tracks people by app\./, /Seven were arrested\./]);

  await page.getByLabel('Show verdict').selectOption({ label: 'False' });
  await expect(page.getByText('2 claims · 1 shown')).toBeVisible();
  await expect(cards).toHaveText([/Seven were arrested\./]);
  // The highlight of a claim the filters hide shows every claim again, its card focused.
  await articleText(page).locator(`[data-claim-id="${appClaim}"]`).first().click();
  await expect(page.getByText('2 claims · 2 shown')).toBeVisible();
  await expect(page.getByLabel('Show verdict')).toHaveValue('all');
  await expect(page.getByRole('article', { name: 'ICE tracks people by app.' })).toBeFocused();
  await page.getByLabel('Mine only').check();
  await expect(page.getByText('2 claims · 2 shown')).toBeVisible();

  await cards.first().getByRole('button', { name: /^Open/ }).click();
  await expect(page.getByRole('region', { name: 'Edit claim' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Edit claim' }).getByLabel('Claim', { exact: true })).toHaveValue(
    'ICE tracks people by app.',
  );
});

test('a selection of only white space, or one reaching past the article text, offers no Add claim', async ({ page, articleCopy }) => {
  const article = await articleCopy('Bad selections');
  await openArticle(page, article);
  const firstParagraph = article.bodyText.split('\n\n')[0]!;

  const text = articleText(page);
  await text.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < firstParagraph.length; i += 1) await page.keyboard.press('ArrowRight');
  // From the end of the first paragraph to the start of the second: only the break between them.
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.isCollapsed)).toBe(false);
  await page.keyboard.press('c');
  await expect(page.getByRole('button', { name: 'Add claim' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'New claim' })).toHaveCount(0);

  const words = await text.getByText('carried out the most illegal immigrant arrests').boundingBox();
  const title = await page.getByRole('heading', { level: 1, name: article.title }).boundingBox();
  await page.mouse.move(words!.x + words!.width / 2, words!.y + 10);
  await page.mouse.down();
  await page.mouse.move(title!.x + 5, title!.y + title!.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString().length ?? 0)).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Add claim' })).toHaveCount(0);
  await page.keyboard.press('c');
  await expect(page.getByRole('region', { name: 'New claim' })).toHaveCount(0);
});
