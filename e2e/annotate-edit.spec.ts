// Correcting an article's text in edit mode: highlights follow their words while typing,
// saving re-anchors every claim (new offsets stored with the text), and a claim whose words
// were deleted is listed under Unanchored with its quote instead of disappearing.
import { expect, test } from '@playwright/test';
import { copySeedArticle, demoEditor, insertClaim, seedArticle, selectWithMouse, signIn } from './support.ts';
import { articleText, highlightedText, storedBodyText, storedClaims, touchArticle } from './support-c.ts';

const deletedWords = 'according to a report from NBC News';

test('an editor edits the text before a claim and the highlight follows; deleted words go to Unanchored', async ({
  page,
}) => {
  const article = await copySeedArticle('Edited article');
  const followed = await insertClaim(article, seedArticle.sentence, { claimText: 'Seven were arrested in New York.' });
  const deleted = await insertClaim(article, deletedWords, { claimText: 'NBC News reported it.' });

  await page.goto('/sign-in');
  await signIn(page, demoEditor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText('2 claims · 2 shown')).toBeVisible();

  await page.getByRole('button', { name: 'Edit text' }).click();
  const text = articleText(page);
  await expect(text).toHaveAttribute('aria-readonly', 'false');
  await text.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('BREAKING: ');
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

test('cancelling an edit puts the saved text back, and a checker who did not add the article cannot edit it', async ({
  page,
}) => {
  const article = await copySeedArticle('Cancelled edit');
  const claim = await insertClaim(article, seedArticle.sentence, { claimText: 'Seven were arrested.' });

  await page.goto('/sign-in');
  await signIn(page, demoEditor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText('1 claim · 1 shown')).toBeVisible();
  await page.getByRole('button', { name: 'Edit text' }).click();
  await articleText(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('DRAFT ');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(articleText(page)).not.toContainText('DRAFT');
  await expect(articleText(page).locator(`[data-claim-id="${claim}"]`).first()).toBeVisible();
  expect(await highlightedText(page, claim)).toBe(seedArticle.sentence);
  expect(await storedBodyText(article.id)).toBe(article.bodyText);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, { email: 'checker2@example.com', password: 'factmark-demo' });
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText('1 claim · 1 shown')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit text' })).toHaveCount(0);
});

test('saving over a newer version of the article is refused with a clear message and keeps the edit', async ({
  page,
}) => {
  const article = await copySeedArticle('Conflicting edit');
  await page.goto('/sign-in');
  await signIn(page, demoEditor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText('0 claims · 0 shown')).toBeVisible();

  await page.getByRole('button', { name: 'Edit text' }).click();
  await articleText(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('UPDATE: ');
  await touchArticle(article.id);
  await page.getByRole('button', { name: 'Save text' }).click();

  await expect(page.getByRole('alert')).toContainText('The text could not be saved. Your changes are still here.');
  await expect(page.getByRole('alert')).toContainText('changed since you opened it');
  await expect(articleText(page)).toContainText('UPDATE: United States');
  await expect(articleText(page)).toHaveAttribute('aria-readonly', 'false');
  expect(await storedBodyText(article.id)).toBe(article.bodyText);
});
