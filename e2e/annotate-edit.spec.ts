// Correcting an article's text in edit mode: highlights follow their words while typing,
// saving re-anchors every claim (new offsets stored with the text), and a claim whose words
// were deleted is listed under Unanchored with its quote instead of disappearing; a checked
// article needs a note with every correction, and a claim re-quoted by one is flagged until confirmed.
import type { Page } from '@playwright/test';
import { seedArticle } from './support/arrange-articles.ts';
import { arrangeClaim } from './support/arrange-claims.ts';
import { articleText, highlightedText, selectWithMouse } from './support/article-page.ts';
import { saveArticleElsewhere } from './support/changes-elsewhere.ts';
import { demoChecker2, demoEditor } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn, signInAs } from './support/sign-in.ts';
import { storedBodyText, storedClaims } from './support/stored-rows.ts';

const deletedWords = 'according to a report from NBC News';

/** Switches the article to edit mode and types `words` at the very start of its text. */
async function typeAtTheStart(page: Page, words: string) {
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(articleText(page)).toHaveAttribute('aria-readonly', 'false');
  await articleText(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(words);
}

test('an editor edits the text before a claim and the highlight follows; deleted words go to Unanchored', async ({ page, articleCopy }) => {
  const article = await articleCopy('Edited article');
  const followed = await arrangeClaim(article, { quote: seedArticle.sentence, claimText: 'Seven were arrested in New York.' });
  const deleted = await arrangeClaim(article, { quote: deletedWords, claimText: 'NBC News reported it.' });

  await signInAs(page, demoEditor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText('2 claims · 2 shown')).toBeVisible();

  await typeAtTheStart(page, 'BREAKING: ');
  const text = articleText(page);
  await expect(text).toContainText('BREAKING: United States');
  expect(await highlightedText(page, followed)).toBe(seedArticle.sentence);

  await selectWithMouse(page, deletedWords);
  await page.keyboard.press('Backspace');
  await expect(text).not.toContainText(deletedWords);

  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByRole('button', { name: 'Edit text' })).toBeVisible();
  await expect(text).toHaveAttribute('aria-readonly', 'true');

  const unanchored = page.getByRole('region', { name: 'Unanchored' });
  await expect(unanchored.getByRole('article', { name: 'NBC News reported it.' })).toContainText(deletedWords);
  await expect(page.getByText('2 claims · 1 shown')).toBeVisible();

  const bodyText = await storedBodyText(article.id);
  expect(bodyText.startsWith('BREAKING: United States')).toBe(true);
  expect(bodyText).not.toContain(deletedWords);
  const claims = await storedClaims(article.id);
  const start = bodyText.indexOf(seedArticle.sentence);
  expect(claims.find((claim) => claim.id === followed)).toMatchObject({
    start_offset: start,
    end_offset: start + seedArticle.sentence.length,
  });
  expect(claims.find((claim) => claim.id === deleted)).toMatchObject({ start_offset: null, end_offset: null });

  await page.reload();
  await expect(text.locator(`[data-claim-id="${followed}"]`).first()).toBeVisible();
  expect(await highlightedText(page, followed)).toBe(seedArticle.sentence);
  await expect(text).toContainText('BREAKING: United States');
  await expect(page.getByRole('region', { name: 'Unanchored' })).toContainText(deletedWords);
});

test('cancelling an edit puts the saved text back, and a checker who did not add the article cannot edit it', async ({ page, articleCopy }) => {
  const article = await articleCopy('Cancelled edit');
  const claim = await arrangeClaim(article, { quote: seedArticle.sentence, claimText: 'Seven were arrested.' });

  await signInAs(page, demoEditor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText('1 claim · 1 shown')).toBeVisible();
  await typeAtTheStart(page, 'DRAFT ');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(articleText(page)).not.toContainText('DRAFT');
  await expect(articleText(page).locator(`[data-claim-id="${claim}"]`).first()).toBeVisible();
  expect(await highlightedText(page, claim)).toBe(seedArticle.sentence);
  expect(await storedBodyText(article.id)).toBe(article.bodyText);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, demoChecker2);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText('1 claim · 1 shown')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit text' })).toHaveCount(0);
});

test('saving over a newer version of the article is refused with a clear message and keeps the edit', async ({ page, articleCopy }) => {
  const article = await articleCopy('Conflicting edit');
  await signInAs(page, demoEditor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText('0 claims · 0 shown')).toBeVisible();

  await typeAtTheStart(page, 'UPDATE: ');
  await saveArticleElsewhere(article.id);
  await page.getByRole('button', { name: 'Save text' }).click();

  await expect(page.getByRole('alert')).toContainText('The text could not be saved. Your changes are still here.');
  await expect(page.getByRole('alert')).toContainText('changed since you opened it');
  await expect(articleText(page)).toContainText('UPDATE: United States');
  await expect(articleText(page)).toHaveAttribute('aria-readonly', 'false');
  expect(await storedBodyText(article.id)).toBe(article.bodyText);
});

test('correcting the text of an article with a claim in review needs a note, and an approximate match re-quotes the claim in the open', async ({
  page,
  articleCopy,
}) => {
  const article = await articleCopy('Corrected with a note');
  const claimId = await arrangeClaim(article, { quote: seedArticle.sentence, claimText: 'Seven were arrested in New York.', status: 'in_review' });

  await signInAs(page, demoEditor);
  await page.goto(`/articles/${article.id}`);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectWithMouse(page, 'saw seven illegal');
  await page.keyboard.type('saw 7 illegal');
  await page.getByRole('button', { name: 'Save text' }).click();
  const note = page.getByLabel(/What changed and why \(required/);
  await expect(note).toBeFocused();
  await expect(note).toHaveAccessibleDescription(/Say what changed and why/);
  await expect(articleText(page)).toHaveAttribute('aria-readonly', 'false');

  await note.fill('Figures in digits, house style.');
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByRole('button', { name: 'Edit text' })).toBeVisible();

  const requoted = seedArticle.sentence.replace('seven', '7');
  const [claim] = (await storedClaims(article.id)).filter((stored) => stored.id === claimId);
  expect(claim).toMatchObject({ quote_exact: requoted });
  await page.getByRole('article', { name: 'Seven were arrested in New York.' }).getByRole('button', { name: /Open/ }).first().click();
  const panel = page.getByRole('region', { name: 'Edit claim' });
  await expect(panel.getByText('Quoted words changed.')).toBeVisible();
  await panel.getByRole('button', { name: 'Confirm the quote' }).click();
  await expect(panel.getByText('Quoted words changed.')).toHaveCount(0);
});
