// Corrections and retractions with the keyboard alone: an editor publishes an approved claim,
// opens a correction on the article page, changes the verdict and writes the public note,
// submits it; they may not approve their own correction; the admin approves and publishes
// it, and both publications stay on the record. An admin retracts a published claim with a
// note in its review view. Focus is never lost to the page body on the way.
import type { Locator, Page } from '@playwright/test';
import { arrangeClaim, iceStatement, type ArrangedClaim } from './support/arrange-claims.ts';
import { demoAdmin, demoEditor } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signInAs } from './support/sign-in.ts';
import { withE2eDb } from './support/stack-clients.ts';
import { storedClaim } from './support/stored-rows.ts';

const claimText = 'The goal is at least 3,000 ICE arrests a day.';
const correctionNote = 'The goal was restated as a target, not a minimum: the verdict is now False.';

// Approved (by the demo editor) and waiting for an editor to publish it.
const approvedClaim: ArrangedClaim = {
  quote: 'a minimum of 3,000 arrests for ICE every day',
  claimText,
  claimant: 'ICE',
  verdictId: 'mostly_true',
  rationale: '<p>ICE’s own statement gives the figure.</p>',
  status: 'approved',
  sources: [iceStatement],
};

/** Presses Tab (or Shift+Tab) until the control has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 60 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    expect(await page.evaluate(() => document.activeElement !== document.body), 'focus stays on a control').toBe(true);
  }
  await expect(target).toBeFocused();
}

async function pressButton(page: Page, button: Locator) {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

async function publicationsOf(claimId: string) {
  return withE2eDb(async (db) => {
    const { rows } = await db.query<{ revision: number; kind: string; verdict_label: string | null; note: string | null }>(
      'select revision, kind, verdict_label, note from public.claim_publications where claim_id = $1 order by revision',
      [claimId],
    );
    return rows;
  });
}

async function publishByKeyboard(page: Page, claimId: string) {
  await page.goto(`/review/${claimId}`);
  await pressButton(page, page.getByRole('button', { name: 'Publish', exact: true }));
  const dialog = page.getByRole('dialog', { name: 'Publish this fact-check?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Publish' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Published. Readers now see this verdict on the public page.')).toBeVisible();
}

test('an editor corrects a published fact-check by keyboard; another editor approves; both publications stay public', async ({
  browser,
  articleCopy,
}) => {
  test.setTimeout(120_000);
  const article = await articleCopy('Correction');
  const claimId = await arrangeClaim(article, approvedClaim);
  const editorContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const editor = await editorContext.newPage();
  const admin = await adminContext.newPage();

  await signInAs(editor, demoEditor);
  await publishByKeyboard(editor, claimId);
  expect(await publicationsOf(claimId)).toMatchObject([{ revision: 1, kind: 'publication', verdict_label: 'Mostly true' }]);

  // On the article page the published claim offers Correct.
  await editor.goto(`/articles/${article.id}?claim=${claimId}`);
  const readOnly = editor.getByRole('region', { name: 'Claim', exact: true });
  await expect(readOnly).toContainText('Status: Published');
  await pressButton(editor, readOnly.getByRole('button', { name: 'Correct' }));
  const form = editor.getByRole('region', { name: 'Correct fact-check' });
  await expect(form.getByRole('heading', { name: 'Correct fact-check' })).toBeFocused();
  await expect(form.getByRole('note')).toContainText('Readers keep seeing the published version');

  const verdict = form.getByLabel('Verdict');
  await tabTo(editor, verdict);
  for (let presses = 0; presses < 6 && (await verdict.inputValue()) !== 'false'; presses += 1) {
    await editor.keyboard.press('ArrowDown');
  }
  await expect(verdict).toHaveValue('false');
  const submit = form.getByRole('button', { name: 'Submit for review' });
  await pressButton(editor, submit);
  // Without the public note the correction is not sent, and the focus goes to what is missing.
  const note = form.getByLabel('Correction note (published)');
  await expect(note).toBeFocused();
  await expect(form).toContainText('Say what this correction changes and why');
  await editor.keyboard.type(correctionNote);
  await pressButton(editor, submit);
  await expect(editor.getByText('Claim submitted for review.')).toBeVisible();
  await expect.poll(async () => (await storedClaim(claimId))?.status).toBe('in_review');
  expect(await publicationsOf(claimId)).toHaveLength(1);

  // The editor who wrote the correction may not approve it.
  await editor.goto(`/review/${claimId}`);
  await expect(editor.getByRole('region', { name: 'A correction of a published fact-check' })).toContainText(correctionNote);
  await expect(editor.getByText(/you wrote this correction: another editor must review it/i)).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);

  // The admin approves and publishes it, by keyboard.
  await signInAs(admin, demoAdmin);
  await admin.goto(`/review/${claimId}`);
  await expect(admin.getByRole('region', { name: 'A correction of a published fact-check' })).toContainText('rated Mostly true');
  await pressButton(admin, admin.getByRole('button', { name: 'Approve', exact: true }));
  const approval = admin.getByRole('dialog', { name: 'Approve this claim?' });
  if (await approval.isVisible()) {
    await admin.keyboard.press('Tab');
    await admin.keyboard.press('Enter');
  }
  await expect(admin.getByText('Approved. The claim can now be published.')).toBeVisible();
  await publishByKeyboard(admin, claimId);

  expect(await publicationsOf(claimId)).toEqual([
    { revision: 1, kind: 'publication', verdict_label: 'Mostly true', note: null },
    { revision: 2, kind: 'correction', verdict_label: 'False', note: correctionNote },
  ]);
  const history = admin.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Correction started' })).toContainText('Demo Editor');
  await expect(history.getByRole('listitem').filter({ hasText: 'Correction published' })).toContainText(correctionNote);

  await Promise.all([editorContext.close(), adminContext.close()]);
});

test('an admin retracts a published fact-check by keyboard from its review view, with a public note', async ({ page, articleCopy }) => {
  const article = await articleCopy('Retraction');
  const claimId = await arrangeClaim(article, approvedClaim);
  await signInAs(page, demoAdmin);
  await publishByKeyboard(page, claimId);

  // Still on the review view, where the decision to publish was taken.
  const retract = page.getByRole('button', { name: 'Retract' });
  await pressButton(page, retract);
  const dialog = page.getByRole('dialog', { name: 'Retract this fact-check?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Confirming without a note keeps the dialog open and takes the focus to the note.
  await tabTo(page, dialog.getByRole('button', { name: 'Retract fact-check' }));
  await page.keyboard.press('Enter');
  const note = dialog.getByLabel('Public note: why is it retracted?');
  await expect(note).toBeFocused();
  await expect(dialog).toContainText('Say why the fact-check is retracted');
  await page.keyboard.type('The statement we checked was not ICE’s: it came from a parody account.');
  await tabTo(page, dialog.getByRole('button', { name: 'Retract fact-check' }));
  await page.keyboard.press('Enter');

  await expect(page.getByText('Retracted. Its public page shows the retraction')).toBeFocused();
  await expect(retract).toHaveCount(0);
  // The article page's panel says so too, and offers no correction.
  await page.goto(`/articles/${article.id}?claim=${claimId}`);
  const panel = page.getByRole('region', { name: 'Claim', exact: true });
  await expect(panel).toContainText('Status: Retracted');
  await expect(panel.getByRole('button', { name: 'Correct' })).toHaveCount(0);
  expect(await storedClaim(claimId)).toMatchObject({ status: 'retracted' });
  expect((await publicationsOf(claimId)).at(-1)).toMatchObject({ kind: 'retraction', verdict_label: null });
});
