// The claim form: bad source addresses are refused before anything is sent, a claim being
// written survives a reload and a lost network until it is saved or discarded, and a
// conflicting save from a second browser is settled by the user without losing text.
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/accessibility.ts';
import { deleteArticles, seedArticle } from './support/arrange-articles.ts';
import { arrangeClaim } from './support/arrange-claims.ts';
import { articleText, openArticle, selectWithMouse } from './support/article-page.ts';
import { demoChecker2 } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { localDrafts } from './support/local-drafts.ts';
import { collectRequests } from './support/page-events.ts';
import { signInAs } from './support/sign-in.ts';
import { storedClaims } from './support/stored-rows.ts';

async function addClaimFor(page: Page, words: string) {
  await selectWithMouse(page, words);
  await page.getByRole('button', { name: 'Add claim' }).click();
  const panel = page.getByRole('region', { name: 'New claim' });
  await expect(panel).toBeVisible();
  return panel;
}

function saveRequests(page: Page) {
  return collectRequests(page, (request) => request.url().includes('/rest/v1/rpc/save_claim'));
}

test('a source address that is not http(s) is refused in the form before anything is sent, losing nothing', async ({ page, articleCopy }) => {
  const article = await articleCopy('Claim form bad URL');
  await openArticle(page, article);
  const sent = saveRequests(page);

  const panel = await addClaimFor(page, seedArticle.sentence);
  await expect(panel.getByRole('figure', { name: 'Quote' }).getByRole('blockquote')).toHaveText(seedArticle.sentence);
  await panel.getByLabel('Claim', { exact: true }).fill('Seven people were arrested at a check-in.');
  await panel.getByLabel('Claimant').fill('NBC News');
  await panel.getByRole('button', { name: 'Add source' }).click();
  const url = panel.getByLabel('Source URL');
  await expect(url).toBeFocused();
  await url.fill('javascript:alert(document.cookie)');
  await panel.getByLabel('Title').fill('The report');
  await panel.getByLabel('Stance').selectOption({ label: 'Supports the claim' });
  await panel.getByRole('button', { name: 'Save draft' }).click();

  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);
  await expect(url).toBeFocused();
  expect(sent).toHaveLength(0);
  expect(await storedClaims(article.id)).toEqual([]);
  await expect(url).toHaveValue('javascript:alert(document.cookie)');
  await expect(panel.getByLabel('Claim', { exact: true })).toHaveValue('Seven people were arrested at a check-in.');
  await expect(panel.getByLabel('Title')).toHaveValue('The report');

  await url.fill('https://www.nbcnews.com/politics/ice-arrests');
  await expect(url).not.toHaveAttribute('aria-invalid', 'true');
  await panel.getByRole('button', { name: 'Save draft' }).click();
  await expect(panel.getByRole('status')).toHaveText('Claim saved.');
  expect(sent).toHaveLength(1);
  expect(await storedClaims(article.id)).toMatchObject([
    {
      claim_text: 'Seven people were arrested at a check-in.',
      claimant: 'NBC News',
      sources: [{ url: 'https://www.nbcnews.com/politics/ice-arrests', title: 'The report' }],
    },
  ]);
  expect(await localDrafts(page)).toEqual({});
});

test('a saved claim shows at once, and is taken back with a visible error when the server refuses it', async ({ page, articleCopy }) => {
  const article = await articleCopy('Claim form refused');
  await openArticle(page, article);
  const panel = await addClaimFor(page, seedArticle.sentence);
  await panel.getByLabel('Claim', { exact: true }).fill('Shown before the server answers');

  // The article goes away meanwhile, so the database refuses the claim. The request is
  // held until the optimistic card has been seen.
  await deleteArticles({ ids: [article.id] });
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/rest/v1/rpc/save_claim', async (route) => {
    await released;
    await route.continue();
  });
  await panel.getByRole('button', { name: 'Save draft' }).click();
  const card = page.getByRole('article', { name: 'Shown before the server answers' });
  await expect(card).toContainText('Saving…');
  release();

  await expect(panel.getByRole('alert')).toContainText(`article ${article.id} not found`);
  await expect(card).toHaveCount(0);
  await expect(panel.getByLabel('Claim', { exact: true })).toHaveValue('Shown before the server answers');
  expect(JSON.stringify(await localDrafts(page))).toContain('Shown before the server answers');
});

test('a claim being written survives a reload and a lost network, and goes only when discarded', async ({ page, context, articleCopy }) => {
  const article = await articleCopy('Claim form draft');
  await openArticle(page, article);

  let panel = await addClaimFor(page, seedArticle.sentence);
  await panel.getByLabel('Claim', { exact: true }).fill('ICE arrested seven people in New York.');
  await panel.getByLabel('Claimant').fill('An NBC reporter');
  const rationale = panel.getByRole('textbox', { name: 'Rationale' });
  await rationale.click();
  await page.keyboard.type('The reporter ');
  await panel.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('saw it');
  await panel.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type(' happen.');
  await panel.getByRole('button', { name: 'Add source' }).click();
  await panel.getByLabel('Source URL').fill('https://example.org/report');
  await expect(panel.getByRole('status')).toHaveText('Draft saved on this device.');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Claims' })).toBeVisible();
  panel = await addClaimFor(page, seedArticle.sentence);
  await expect(panel.getByRole('status')).toHaveText('Restored your unsaved changes from this device.');
  await expect(panel.getByLabel('Claim', { exact: true })).toHaveValue('ICE arrested seven people in New York.');
  await expect(panel.getByLabel('Claimant')).toHaveValue('An NBC reporter');
  await expect(panel.getByRole('textbox', { name: 'Rationale' }).locator('strong')).toHaveText('saw it');
  await expect(panel.getByLabel('Source URL')).toHaveValue('https://example.org/report');

  // The network goes away while saving: the save is refused visibly and the text stays.
  await context.setOffline(true);
  await panel.getByRole('button', { name: 'Save draft' }).click();
  await expect(panel.getByRole('alert')).toContainText('The server could not be reached');
  await expect(page.getByRole('article', { name: 'ICE arrested seven people in New York.' })).toHaveCount(0);
  await context.setOffline(false);
  await expect(panel.getByLabel('Claim', { exact: true })).toHaveValue('ICE arrested seven people in New York.');
  expect(Object.keys(await localDrafts(page))).toHaveLength(1);

  // Closing keeps the draft; only Discard, once confirmed, removes it.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  panel = await addClaimFor(page, seedArticle.sentence);
  await expect(panel.getByLabel('Claimant')).toHaveValue('An NBC reporter');
  await panel.getByRole('button', { name: 'Discard' }).click();
  await panel.getByRole('button', { name: 'Keep editing' }).click();
  await expect(panel.getByLabel('Claimant')).toHaveValue('An NBC reporter');
  await panel.getByRole('button', { name: 'Discard' }).click();
  await panel.getByRole('button', { name: 'Yes, discard' }).click();
  await expect(panel).toHaveCount(0);
  expect(await localDrafts(page)).toEqual({});

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Claims' })).toBeVisible();
  panel = await addClaimFor(page, seedArticle.sentence);
  await expect(panel.getByLabel('Claim', { exact: true })).toHaveValue(seedArticle.sentence);
  await expect(panel.getByLabel('Claimant')).toHaveValue('');
  expect(await storedClaims(article.id)).toEqual([]);
});

test('a save conflicting with another browser shows the conflict, and both ways out keep what was typed', async ({ browser, articleCopy }) => {
  const article = await articleCopy('Claim form conflict');
  const claimId = await arrangeClaim(article, { quote: seedArticle.sentence, claimText: 'The original claim' });
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  const openClaim = async (page: Page) => {
    await openArticle(page, article);
    const card = page.getByRole('article', { name: 'The original claim' });
    await card.getByRole('button', { name: /^Open/ }).click();
    const panel = page.getByRole('region', { name: 'Edit claim' });
    await expect(panel.getByLabel('Claim', { exact: true })).toHaveValue('The original claim');
    return panel;
  };
  const firstPanel = await openClaim(first);
  const secondPanel = await openClaim(second);

  await firstPanel.getByLabel('Claim', { exact: true }).fill('Saved first, in the first browser');
  await firstPanel.getByRole('button', { name: 'Save draft' }).click();
  await expect(firstPanel.getByRole('status')).toHaveText('Claim saved.');

  await secondPanel.getByLabel('Claim', { exact: true }).fill('Written in the second browser');
  await secondPanel.getByLabel('Claimant').fill('Second claimant');
  await secondPanel.getByRole('button', { name: 'Save draft' }).click();
  const conflict = secondPanel.getByRole('alert').filter({ hasText: 'This claim changed since you opened it' });
  await expect(conflict).toBeVisible();
  // Until the user chooses, their text stays in the form and on the device.
  await expect(secondPanel.getByLabel('Claim', { exact: true })).toHaveValue('Written in the second browser');
  expect(JSON.stringify(await localDrafts(second))).toContain('Written in the second browser');
  expect(await storedClaims(article.id)).toMatchObject([{ claim_text: 'Saved first, in the first browser', version: 2 }]);

  await conflict.getByRole('button', { name: 'Re-apply my changes' }).click();
  await expect(secondPanel.getByRole('status')).toHaveText('Claim saved.');
  await expect(conflict).toHaveCount(0);
  expect(await storedClaims(article.id)).toMatchObject([
    { id: claimId, claim_text: 'Written in the second browser', claimant: 'Second claimant', version: 3 },
  ]);

  // The first browser still holds version 2: its next save conflicts, and Reload it shows
  // the latest version in place of its own change.
  await firstPanel.getByLabel('Claimant').fill('A change made on an old version');
  await firstPanel.getByRole('button', { name: 'Save draft' }).click();
  const firstConflict = firstPanel.getByRole('alert').filter({ hasText: 'This claim changed since you opened it' });
  await expect(firstConflict).toBeVisible();
  await expect(firstPanel.getByLabel('Claimant')).toHaveValue('A change made on an old version');
  await firstConflict.getByRole('button', { name: 'Reload it' }).click();
  await expect(firstConflict).toHaveCount(0);
  await expect(firstPanel.getByLabel('Claim', { exact: true })).toHaveValue('Written in the second browser');
  await expect(firstPanel.getByLabel('Claimant')).toHaveValue('Second claimant');
  expect(await localDrafts(first)).toEqual({});

  // Reloaded, it saves on the latest version.
  await firstPanel.getByLabel('Claimant').fill('Third claimant');
  await firstPanel.getByRole('button', { name: 'Save draft' }).click();
  await expect(firstPanel.getByRole('status')).toHaveText('Claim saved.');
  expect(await storedClaims(article.id)).toMatchObject([{ claimant: 'Third claimant', version: 4 }]);
});

test('Submit for review says what is missing next to each field before sending, then sends the claim and shows it read-only', async ({ page, articleCopy }) => {
  const article = await articleCopy('Claim form submit');
  await openArticle(page, article);
  const panel = await addClaimFor(page, seedArticle.sentence);
  expect(await seriousViolations(page, ['.claim-panel'])).toEqual([]);

  const sent = saveRequests(page);
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  await expect(panel.getByLabel('Verdict')).toHaveAccessibleDescription('Choose a verdict before submitting for review.');
  await expect(panel.getByRole('textbox', { name: 'Rationale' })).toHaveAccessibleDescription(
    'Explain the verdict in a rationale before submitting for review.',
  );
  await expect(panel.getByRole('group', { name: 'Sources' })).toContainText(
    'Add at least one source before submitting for review.',
  );
  expect(sent).toHaveLength(0);
  expect(await seriousViolations(page, ['.claim-panel'])).toEqual([]);

  await panel.getByLabel('Verdict').selectOption({ label: 'Mostly true' });
  const rationale = panel.getByRole('textbox', { name: 'Rationale' });
  await rationale.click();
  await page.keyboard.type('ICE confirmed the arrests to ');
  await panel.getByRole('button', { name: 'Link' }).click();
  const address = panel.getByLabel('Link address');
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(address).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  await address.fill('https://www.nbcnews.com/');
  await address.press('Enter');
  await expect(rationale.getByRole('link')).toHaveText('https://www.nbcnews.com/');
  await panel.getByRole('button', { name: 'Add source' }).click();
  await panel.getByLabel('Source URL').fill('https://www.nbcnews.com/politics/ice-arrests');
  await panel.getByLabel('Stance').selectOption({ label: 'Refutes the claim' });
  await panel.getByRole('button', { name: 'Submit for review' }).click();

  // In review, the checker may no longer edit it: the panel shows the claim as text.
  const submitted = page.getByRole('region', { name: 'Claim', exact: true });
  await expect(submitted.getByRole('status')).toHaveText('Claim submitted for review.');
  await expect(submitted.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expect(submitted).toContainText('Status: In review');
  const link = submitted.getByRole('link', { name: 'https://www.nbcnews.com/ (opens in a new tab)', exact: true });
  await expect(link).toHaveAttribute('href', 'https://www.nbcnews.com/');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  expect(await seriousViolations(page, ['.claim-panel'])).toEqual([]);
  const [stored] = await storedClaims(article.id);
  expect(stored?.rationale).toBe(
    '<p>ICE confirmed the arrests to <a target="_blank" rel="noopener noreferrer" href="https://www.nbcnews.com/">https://www.nbcnews.com/</a></p>',
  );
  expect(await localDrafts(page)).toEqual({});
});

test("someone else's claim opens read-only, its rationale written through the API rendering harmlessly", async ({ page, articleCopy }) => {
  const article = await articleCopy('Claim form read-only');
  await arrangeClaim(article, {
    quote: seedArticle.sentence,
    claimText: 'A claim by the demo checker',
    rationale:
      '<p>Checked <strong>twice</strong><script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2">' +
        '<a href="javascript:window.pwned = 3">click me</a> <a href="https://example.org/ok" onclick="window.pwned = 4">fine</a></p>',
  });
  await signInAs(page, demoChecker2);
  await page.goto(`/articles/${article.id}`);
  const card = page.getByRole('article', { name: 'A claim by the demo checker' });
  await card.getByRole('button', { name: /^Open/ }).click();

  const panel = page.getByRole('region', { name: 'Claim', exact: true });
  await expect(panel).toContainText('Only its author can edit this claim.');
  await expect(panel.getByRole('textbox')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expect(panel.locator('.rationale strong')).toHaveText('twice');
  await expect(panel.getByText('click me')).toBeVisible();
  await expect(panel.getByRole('link', { name: /click me/ })).toHaveCount(0);
  const fine = panel.getByRole('link', { name: /^fine/ });
  await expect(fine).toHaveAttribute('href', 'https://example.org/ok');
  await expect(fine).not.toHaveAttribute('onclick');
  await expect(panel.locator('script, img, [onerror], [onclick]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  expect(await seriousViolations(page, ['.claim-panel'])).toEqual([]);
});

test('a checker withdraws their submission back to a draft, and deletes a draft after confirming', async ({ page, articleCopy }) => {
  const article = await articleCopy('Withdrawn and deleted');
  await arrangeClaim(article, { quote: seedArticle.sentence, claimText: 'Sent too soon', status: 'in_review' });
  const draftId = await arrangeClaim(article, { quote: 'according to a report from NBC News', claimText: 'Not worth checking' });
  await openArticle(page, article);

  await page.getByRole('article', { name: 'Sent too soon' }).getByRole('button', { name: /^Open/ }).click();
  await page.getByRole('button', { name: 'Withdraw from review' }).click();
  const editor = page.getByRole('region', { name: 'Edit claim' });
  await expect(editor.getByRole('heading', { name: 'Edit claim' })).toBeFocused();
  await expect(editor.getByLabel('Claim', { exact: true })).toHaveValue('Sent too soon');
  await expect.poll(async () => (await storedClaims(article.id)).find((claim) => claim.claim_text === 'Sent too soon')?.status).toBe('draft');
  await editor.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('article', { name: 'Not worth checking' }).getByRole('button', { name: /^Open/ }).click();
  const deleteButton = page.getByRole('region', { name: 'Edit claim' }).getByRole('button', { name: 'Delete draft' });
  await deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete this draft?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(deleteButton).toBeFocused();
  await deleteButton.click();
  await dialog.getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByRole('article', { name: 'Not worth checking' })).toHaveCount(0);
  expect((await storedClaims(article.id)).map((claim) => claim.id)).not.toContain(draftId);
});

test('Escape closes the claim panel and the focus goes back to what opened it', async ({ page, articleCopy }) => {
  const article = await articleCopy('Escape closes the panel');
  await arrangeClaim(article, { quote: seedArticle.sentence, claimText: 'Opened from its card' });
  await openArticle(page, article);

  const open = page.getByRole('article', { name: 'Opened from its card' }).getByRole('button', { name: /^Open/ });
  await open.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Edit claim' });
  await expect(panel.getByRole('heading', { name: 'Edit claim' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(open).toBeFocused();

  await selectWithMouse(page, 'according to a report from NBC News');
  await page.keyboard.press('c');
  const newClaim = page.getByRole('region', { name: 'New claim' });
  await expect(newClaim.getByRole('heading', { name: 'New claim' })).toBeFocused();
  await newClaim.getByLabel('Claim', { exact: true }).fill('Typed, then Escape');
  await page.keyboard.press('Escape');
  await expect(newClaim).toHaveCount(0);
  await expect(articleText(page)).toBeFocused();
});

test('a long claim is counted past the 75 characters search results show, never cut', async ({ page, articleCopy }) => {
  const article = await articleCopy('Long claim counted');
  await openArticle(page, article);
  await selectWithMouse(page, seedArticle.sentence);
  await page.keyboard.press('c');
  const claim = page.getByRole('region', { name: 'New claim' }).getByLabel('Claim', { exact: true });
  await expect(claim).toHaveAccessibleDescription(
    `The claim in your words; it starts as the quote. ${[...seedArticle.sentence].length} characters: search results show about the first 75, so put the claim's gist first.`,
  );
  await claim.fill('Seven were arrested at one check-in.');
  await expect(claim).toHaveAccessibleDescription('The claim in your words; it starts as the quote.');
});
