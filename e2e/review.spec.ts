// The editor's side of the review workflow: the queue (oldest first, filters, own claims
// marked, count badge), the review view (claim in context, sources, Approve, Request
// changes with a required note, Publish), keyboard shortcuts, the four-eyes rule in the
// page and in the database, a stale decision refused with what changed, and axe scans.
import type { Page } from '@playwright/test';
import { demoUserIds } from '../stack/seed/seed-ids.ts';
import { expectFitsASmallScreen, seriousViolations } from './support/accessibility.ts';
import type { ArticleCopy } from './support/arrange-articles.ts';
import { type ArrangedClaim, arrangeClaim, arrangeSentBackClaim, iceStatement } from './support/arrange-claims.ts';
import { changeClaimElsewhere } from './support/changes-elsewhere.ts';
import { demoAdmin, demoChecker, demoEditor } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signInAs, signOut } from './support/sign-in.ts';
import { signedInClient } from './support/stack-clients.ts';
import { storedClaim } from './support/stored-rows.ts';

const quotes = {
  record: 'carried out the most illegal immigrant arrests',
  nbc: 'seven illegal immigrants who showed up for a check-in',
  monitors: 'ankle monitors, smartphone apps',
};

async function openReviewAsEditor(page: Page, claimId: string) {
  await signInAs(page, demoEditor);
  await page.goto(`/review/${claimId}`);
}

async function openQueueFor(page: Page, article: ArticleCopy) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review queue/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  await page.getByLabel('Article').selectOption({ label: article.title });
  return page.getByRole('table', { name: 'Claims in review, oldest first' });
}

/** A claim the demo checker submitted for review, citing ICE's statement. */
function checkerClaim(quote: string, claimText: string, verdictId = 'true'): ArrangedClaim {
  return {
    quote,
    claimText,
    claimant: 'NBC News',
    verdictId,
    rationale: '<p>ICE’s own figures say so.</p>',
    status: 'in_review',
    createdBy: demoUserIds.checker,
    sources: [iceStatement],
  };
}

test('the queue lists claims in review oldest first, filters them and marks the editor’s own', async ({ page, articleCopy }) => {
  const article = await articleCopy('Queue');
  await arrangeClaim(article, checkerClaim(quotes.record, 'ICE made a record number of arrests.'));
  await arrangeClaim(article, {
    ...checkerClaim(quotes.nbc, 'Seven people were arrested at a check-in.', 'mostly_true'),
    createdBy: demoUserIds.editor,
  });

  await signInAs(page, demoEditor);
  const queueLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review queue/ });
  await expect(queueLink).toHaveAccessibleName(/^Review queue \d+ claims? waiting$/);
  const table = await openQueueFor(page, article);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('ICE made a record number of arrests.');
  await expect(rows.nth(1)).toContainText('Demo Checker');
  await expect(rows.nth(1)).toContainText('True');
  await expect(rows.nth(1)).not.toContainText('Your claim');
  await expect(rows.nth(2)).toContainText('Seven people were arrested at a check-in.');
  await expect(rows.nth(2)).toContainText('Mostly true');
  await expect(rows.nth(2)).toContainText('Your claim — another editor must review it');

  await page.getByLabel('Checker').selectOption({ label: 'Demo Checker' });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('ICE made a record number of arrests.');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a checker has no review queue: no link, and the page says why', async ({ page }) => {
  await signInAs(page, demoChecker);
  await page.goto('/review');
  // The page has read the checker's role by now, and so has the navigation.
  await expect(page.getByText('Only editors and admins review claims.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Review queue/ })).toHaveCount(0);
});

test('the editor requests changes with a required note, and the checker reads it on My work', async ({ page, browser, articleCopy }) => {
  const article = await articleCopy('Request changes');
  const claimId = await arrangeClaim(article, checkerClaim(quotes.nbc, 'Seven were arrested in New York.'));

  await signInAs(page, demoEditor);
  const table = await openQueueFor(page, article);
  await table.getByRole('link', { name: 'Seven were arrested in New York.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review claim' })).toBeVisible();

  const context = page.getByRole('region', { name: /In the article/ });
  await expect(context.locator('mark')).toHaveText(quotes.nbc);
  await expect(context.locator('p').first()).toContainText('One NBC reporter saw seven illegal immigrants');
  await expect(page.getByText('ICE’s own figures say so.')).toBeVisible();
  const source = page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: /ICE statement/ });
  await expect(source).toHaveAttribute('href', 'https://www.ice.gov/news/releases');
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Supports the claim');
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('We arrested 2,200 people.');
  expect(await seriousViolations(page)).toEqual([]);

  const note = page.getByLabel(/What needs to change/);
  await page.getByRole('button', { name: 'Request changes' }).click();
  await expect(page.getByText('Write what needs to change: the checker needs a note to act on.')).toBeVisible();
  await expect(note).toBeFocused();
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  expect((await storedClaim(claimId))?.status).toBe('in_review');

  await note.fill('Say which day the record was set, and cite ICE’s own release.');
  await page.getByRole('button', { name: 'Request changes' }).click();
  await expect(page.getByText('Changes requested. The checker sees your note on My work.')).toBeVisible();
  await expect.poll(async () => (await storedClaim(claimId))?.status).toBe('changes_requested');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Say which day the record was set');

  const checkerContext = await browser.newContext();
  const checkerPage = await checkerContext.newPage();
  await signInAs(checkerPage, demoChecker);
  await checkerPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work' }).click();
  const sentBack = checkerPage.getByRole('region', { name: /^Changes requested \(\d+\)$/ });
  const item = sentBack
    .getByRole('article', { name: 'Seven were arrested in New York.' })
    .filter({ has: checkerPage.getByRole('link', { name: article.title }) });
  await expect(item).toContainText('Say which day the record was set, and cite ICE’s own release.');
  await expect(item).toContainText('Demo Editor');
  await expect(item.getByRole('link', { name: article.title })).toHaveAttribute('href', `/articles/${article.id}`);
  expect(await seriousViolations(checkerPage)).toEqual([]);
  await checkerContext.close();
});

test('an editor cannot approve their own claim: no buttons, and the database refuses the call', async ({ page, articleCopy }) => {
  const article = await articleCopy('Own claim');
  const claimId = await arrangeClaim(article, {
    ...checkerClaim(quotes.monitors, 'ICE tracks people with apps.'),
    createdBy: demoUserIds.editor,
  });

  await openReviewAsEditor(page, claimId);
  await expect(page.getByText('This is your claim: another editor must review it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Request changes' })).toHaveCount(0);
  await page.keyboard.press('a');

  const editor = await signedInClient(demoEditor);
  const before = await storedClaim(claimId);
  const { error } = await editor.rpc('review_claim', {
    claim_id: claimId,
    decision: 'approve',
    expected_version: before!.version,
  });
  expect(error?.code).toBe('42501');
  expect(error?.message).toContain('nobody reviews their own claim');
  expect(await storedClaim(claimId)).toEqual(before);
});

test('j and k move through the queue, Enter opens a claim, a approves it and r goes to the note', async ({ page, articleCopy }) => {
  const article = await articleCopy('Keyboard review');
  const first = await arrangeClaim(article, checkerClaim(quotes.record, 'First claim in the queue.'));
  const second = await arrangeClaim(article, checkerClaim(quotes.nbc, 'Second claim in the queue.'));

  await signInAs(page, demoEditor);
  const table = await openQueueFor(page, article);
  await table.getByRole('columnheader', { name: 'Claim' }).click();
  await page.keyboard.press('j');
  await expect(table.getByRole('link', { name: 'First claim in the queue.' })).toBeFocused();
  await page.keyboard.press('j');
  await expect(table.getByRole('link', { name: 'Second claim in the queue.' })).toBeFocused();
  await page.keyboard.press('k');
  await expect(table.getByRole('link', { name: 'First claim in the queue.' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/review/${first}$`));
  await expect(page.getByRole('region', { name: 'The claim' })).toContainText('First claim in the queue.');

  await page.keyboard.press('j');
  await expect(page).toHaveURL(new RegExp(`/review/${second}$`));
  await expect(page.getByRole('region', { name: 'The claim' })).toContainText('Second claim in the queue.');
  await page.keyboard.press('r');
  await expect(page.getByLabel(/What needs to change/)).toBeFocused();
  await expect(page.getByLabel(/What needs to change/)).toHaveValue('');
  await page.getByRole('region', { name: 'The claim' }).click();

  const waiting = async () => {
    const name = await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review queue/ }).textContent();
    return Number(/\d+/.exec(name ?? '')?.[0]);
  };
  const waitingBefore = await waiting();
  // One key never decides alone: `a` shows what would be approved and asks.
  await page.keyboard.press('a');
  const approval = page.getByRole('dialog', { name: 'Approve this claim?' });
  await expect(approval).toContainText('Second claim in the queue.');
  await expect(approval.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(approval).toBeHidden();
  expect((await storedClaim(second))?.status).toBe('in_review');
  await page.keyboard.press('a');
  await page.keyboard.press('Tab');
  await expect(approval.getByRole('button', { name: 'Approve' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Approved. The claim can now be published.')).toBeFocused();
  // The first claim still waits, so the queue offers a next claim (the oldest waiting).
  const next = page.getByText(/^Next in the queue:/);
  await expect(next).toBeVisible();
  await expect(next.getByRole('link')).toHaveAttribute('href', /^\/review\/[0-9a-f-]{36}$/);
  await expect.poll(waiting).toBe(waitingBefore - 1);
  await expect.poll(async () => (await storedClaim(second))?.status).toBe('approved');
  expect((await storedClaim(second))?.reviewed_by).toBe(demoUserIds.editor);
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible();
  expect((await storedClaim(first))?.status).toBe('in_review');

  await page.getByRole('button', { name: 'Publish' }).click();
  const publication = page.getByRole('dialog', { name: 'Publish this fact-check?' });
  await expect(publication).toContainText('Second claim in the queue.');
  await expect(publication).toContainText('ICE’s own figures say so.');
  await publication.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published. Readers now see this verdict on the public page.')).toBeFocused();
  await expect.poll(async () => (await storedClaim(second))?.status).toBe('published');
});

test('a decision on a claim changed since it was opened is refused and shows what changed', async ({ page, articleCopy }) => {
  const article = await articleCopy('Stale decision');
  const claimId = await arrangeClaim(article, checkerClaim(quotes.record, 'ICE set an arrest record.'));

  await openReviewAsEditor(page, claimId);
  await expect(page.getByRole('region', { name: 'The claim' })).toContainText('ICE set an arrest record.');
  const opened = await storedClaim(claimId);

  await changeClaimElsewhere(claimId, { verdictId: 'false', claimText: 'ICE set no arrest record.' });
  await page.getByRole('button', { name: 'Approve' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'This claim changed since you opened it' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Verdict');
  await expect(conflict).toContainText('was “True”, now “False”');
  await expect(conflict).toContainText('was “ICE set an arrest record.”, now “ICE set no arrest record.”');
  const afterRefusal = await storedClaim(claimId);
  expect(afterRefusal).toMatchObject({ status: 'in_review', version: opened!.version + 1 });
  expect(await seriousViolations(page)).toEqual([]);

  await conflict.getByRole('button', { name: 'Review the latest version' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'The claim' })).toContainText('ICE set no arrest record.');
  await expect(page.getByRole('region', { name: 'The claim' })).toContainText('False');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect.poll(async () => (await storedClaim(claimId))?.status).toBe('approved');
});

test('an editor who changes the verdict while reviewing leaves the approval to another editor, who approves the new version', async ({
  page,
  articleCopy,
}) => {
  const article = await articleCopy('Editor edits');
  const claimId = await arrangeClaim(article, checkerClaim(quotes.monitors, 'ICE follows people by app.'));

  await openReviewAsEditor(page, claimId);
  await page.getByRole('button', { name: 'Edit verdict or rationale' }).click();
  const panel = page.getByRole('region', { name: 'Edit claim' });
  await panel.getByLabel('Verdict').selectOption({ label: 'Misleading' });
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('region', { name: 'The claim' })).toContainText('Misleading');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Verdict changed from True to Misleading');
  await expect(
    page.getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: 'Verdict changed' }),
  ).toContainText('Demo Editor');

  // Four eyes on the final words: the editor who changed them does not approve them.
  const decision = page.getByRole('region', { name: 'Decision' });
  await expect(decision).toContainText('You changed this claim while it was in review: another editor must approve it');
  await expect(decision.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(decision.getByRole('button', { name: 'Request changes' })).toBeVisible();
  await page.keyboard.press('a');
  expect(await storedClaim(claimId)).toMatchObject({ status: 'in_review', verdict_id: 'misleading' });

  await signOut(page);
  await signInAs(page, demoAdmin);
  await page.goto(`/review/${claimId}`);
  await expect(page.getByRole('region', { name: 'The claim' })).toContainText('Misleading');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approved. The claim can now be published.')).toBeVisible();
  expect(await storedClaim(claimId)).toMatchObject({ status: 'approved', verdict_id: 'misleading', reviewed_by: demoUserIds.admin });
});

test('an approved claim waits under Ready to publish, counted in the navigation, until an editor publishes it', async ({ page, articleCopy }) => {
  const article = await articleCopy('Ready to publish');
  const claimId = await arrangeClaim(article, { ...checkerClaim(quotes.monitors, 'Approved, waiting to go out.'), status: 'approved' });
  await signInAs(page, demoEditor);
  const readyLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Ready to publish/ });
  await expect(readyLink).toContainText(/\d+ claims? waiting/);
  const waitingBefore = Number(/\d+/.exec((await readyLink.textContent()) ?? '')?.[0]);
  await readyLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ready to publish' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  await page.getByRole('link', { name: 'Approved, waiting to go out.' }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${claimId}$`));
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('dialog', { name: 'Publish this fact-check?' }).getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published. Readers now see this verdict on the public page.')).toBeFocused();
  await expect(readyLink).toContainText(`${waitingBefore - 1} claim`);
  await readyLink.click();
  await expect(page.getByRole('link', { name: 'Approved, waiting to go out.' })).toHaveCount(0);
});

test('a checker has neither the review queue nor Ready to publish', async ({ page }) => {
  await signInAs(page, demoChecker);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'My work' })).toBeVisible();
  await expect(nav.getByRole('link', { name: /^Review queue|^Ready to publish/ })).toHaveCount(0);
});

test('My work leads to the claim itself, opened in its panel and marked in the text', async ({ page, articleCopy }) => {
  const article = await articleCopy('My work links');
  const claimId = await arrangeSentBackClaim(article, 'Add the ICE source.');
  await signInAs(page, demoChecker);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work' }).click();
  await page.getByRole('link', { name: 'Arrests hit a record in one day' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${claimId}$`));
  const panel = page.getByRole('region', { name: 'Edit claim' });
  await expect(panel.getByLabel('Claim', { exact: true })).toHaveValue('Arrests hit a record in one day');
  await expect(page.locator(`.claim-highlight-focused[data-claim-id="${claimId}"]`).first()).toBeVisible();
});
