// Colleagues see each other's work as it happens, through Realtime: nobody reloads. A
// colleague's new claim appears on the article page of another checker; an editor's
// approval changes the checker's open panel; a submission reaches the editor's queue.
import { arrangeClaim, iceStatement } from './support/arrange-claims.ts';
import { articleText, openArticle } from './support/article-page.ts';
import { demoChecker, demoChecker2, demoEditor } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signInAs } from './support/sign-in.ts';
import { signedInClient } from './support/stack-clients.ts';
import { storedClaim } from './support/stored-rows.ts';

const quote = 'a minimum of 3,000 arrests for ICE every day';
const claimText = 'The goal is at least 3,000 ICE arrests a day.';

test("a colleague's new claim appears, highlighted, on a checker's open article page", async ({ page, articleCopy }) => {
  const article = await articleCopy('Live claims');
  await openArticle(page, article, demoChecker2);
  await expect(page.getByText(/^0 claims/)).toBeVisible();

  const claimId = await arrangeClaim(article, { quote, claimText, claimant: 'Stephen Miller' });

  await expect(page.getByRole('article', { name: claimText })).toBeVisible({ timeout: 5_000 });
  await expect(articleText(page).locator(`[data-claim-id="${claimId}"]`).first()).toBeVisible();
});

test("an editor's approval changes the checker's open panel, and a submission reaches the editor's queue", async ({
  browser,
  articleCopy,
}) => {
  const article = await articleCopy('Live decisions');
  const checkerContext = await browser.newContext();
  const editorContext = await browser.newContext();
  const checker = await checkerContext.newPage();
  const editor = await editorContext.newPage();

  const claimId = await arrangeClaim(article, {
    quote,
    claimText,
    claimant: 'Stephen Miller',
    verdictId: 'false',
    rationale: '<p>The goal was never set.</p>',
    sources: [iceStatement],
  });

  await signInAs(editor, demoEditor);
  await editor.goto('/review');
  await expect(editor.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  // Other tests' claims may wait in the queue too; this one is not there yet.
  const queued = editor.getByRole('main').getByRole('link', { name: claimText });
  await expect(queued).toHaveCount(0);

  await signInAs(checker, demoChecker);
  await checker.goto(`/articles/${article.id}?claim=${claimId}`);
  const panel = checker.getByRole('region', { name: 'Edit claim' });
  await expect(panel.getByRole('button', { name: 'Submit for review' })).toBeVisible();
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  await expect(checker.getByText('Claim submitted for review.')).toBeVisible();
  const readOnly = checker.getByRole('region', { name: 'Claim', exact: true });
  await expect(readOnly).toContainText('Status: In review');

  // The editor's queue gains the claim without a reload.
  await expect(queued).toBeVisible({ timeout: 5_000 });

  // The editor approves it elsewhere (another tab, say): the checker's open panel follows.
  const editorApi = await signedInClient(demoEditor);
  const { error } = await editorApi.rpc('review_claim', {
    claim_id: claimId,
    decision: 'approve',
    expected_version: (await storedClaim(claimId))!.version,
  });
  expect(error).toBeNull();
  await expect(readOnly).toContainText('Status: Approved', { timeout: 5_000 });
  await expect(queued).toHaveCount(0, { timeout: 5_000 });

  await Promise.all([checkerContext.close(), editorContext.close()]);
});
