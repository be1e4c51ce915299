// The conversation on a claim: in the review view (editors) and under the open claim on the
// article page (the checker who wrote it): comments newest last with author and time, only
// http(s) addresses made into links, a refused comment put back in the box with the reason;
// and the claim's history naming who did each step.
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/accessibility.ts';
import { type ArticleCopy, copySeedArticle, deleteArticles, seedArticle, uniqueTitle } from './support/arrange-articles.ts';
import { arrangeClaim, arrangeSentBackClaim, commentAs } from './support/arrange-claims.ts';
import { type DemoAccount, demoAdmin, demoChecker, demoEditor } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/sign-in.ts';

const reviewNote = 'Cite the NBC report itself.';
const checkerComment = 'I used the ICE press release; is that enough?';
let article: ArticleCopy;
let claimId: string;

// One claim for the whole file: its thread grows from test to test, as a conversation does.
test.beforeAll(async () => {
  article = await copySeedArticle(uniqueTitle('Conversation'));
  claimId = await arrangeSentBackClaim(article, reviewNote);
  await commentAs(demoChecker, claimId, checkerComment);
});

test.afterAll(async () => {
  await deleteArticles({ ids: [article.id] });
});

async function openReview(page: Page, account: DemoAccount) {
  await page.goto(`/review/${claimId}`);
  await signIn(page, account);
  const thread = page.getByRole('region', { name: 'Comments' });
  await expect(thread).toBeVisible();
  await expect(thread.getByRole('status')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'History' }).getByRole('status')).toHaveCount(0);
}

function comments(page: Page) {
  return page.getByRole('region', { name: 'Comments' }).getByRole('listitem');
}

async function post(page: Page, text: string, { typed = false } = {}) {
  const thread = page.getByRole('region', { name: 'Comments' });
  const box = thread.getByRole('textbox', { name: 'Add a comment' });
  // Typed key by key, the review view's single-key shortcuts (j, k, a, r) must stay out of the way.
  if (typed) await box.pressSequentially(text);
  else await box.fill(text);
  await thread.getByRole('button', { name: 'Post comment' }).click();
}

test('an editor and an admin discuss the claim with the checker, newest last, links made safe', async ({ browser }) => {
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await openReview(editor, demoEditor);

  await expect(comments(editor)).toHaveCount(1);
  await expect(comments(editor).first()).toContainText('Demo Checker');
  await expect(comments(editor).first()).toContainText(checkerComment);
  await expect(comments(editor).first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);

  const editorComment = 'The release is not enough: see https://example.org/nbc-report. Do not click javascript:alert(document.domain) either.';
  await post(editor, editorComment, { typed: true });
  await expect(editor).toHaveURL(new RegExp(`/review/${claimId}$`));
  const posted = comments(editor).nth(1);
  await expect(posted).toContainText('Demo Editor');
  await expect(posted).toContainText('Do not click javascript:alert(document.domain) either.');
  await expect(editor.getByRole('region', { name: 'Comments' }).getByRole('textbox', { name: 'Add a comment' })).toHaveValue('');

  const links = posted.getByRole('link');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAccessibleName('https://example.org/nbc-report (opens in a new tab)');
  await expect(links).toHaveAttribute('href', 'https://example.org/nbc-report');
  await expect(links).toHaveAttribute('target', '_blank');
  await expect(links).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(editor.locator('a[href^="javascript:" i]')).toHaveCount(0);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await openReview(admin, demoAdmin);
  await expect(comments(admin)).toHaveCount(2);
  await post(admin, 'Agreed with the editor.');
  await expect(comments(admin).nth(2)).toContainText('Demo Admin');

  await editor.reload();
  await expect(comments(editor)).toHaveCount(3);
  const authors = await editor.locator('.comment-author').allTextContents();
  expect(authors).toEqual(['Demo Checker', 'Demo Editor', 'Demo Admin']);

  await editorContext.close();
  await adminContext.close();
});

test('the checker reads the editor\'s note and the thread under the claim on the article page, and answers there', async ({ page }) => {
  await page.goto(`/articles/${article.id}`);
  await signIn(page, demoChecker);
  await page.getByRole('button', { name: /^Open claim:/ }).click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(reviewNote);
  await expect(comments(page).first()).toContainText(checkerComment);

  const answer = 'Added the NBC report as a second source.';
  await post(page, answer);
  await expect(comments(page).last()).toContainText(answer);
  await expect(comments(page).last()).toContainText('Demo Checker');
});

test('a comment the server refuses is taken back and its text kept with the reason', async ({ page }) => {
  await openReview(page, demoEditor);
  const before = await comments(page).count();
  await page.route('**/rest/v1/claim_comments*', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'PGRST000', message: 'Database is unavailable', details: null, hint: null }) })
      : route.continue(),
  );
  const text = 'This comment must survive the failure.';
  await post(page, text);
  const thread = page.getByRole('region', { name: 'Comments' });
  await expect(thread.getByRole('alert')).toContainText('Your comment was not posted: Database is unavailable');
  await expect(thread.getByRole('textbox', { name: 'Add a comment' })).toHaveValue(text);
  await expect(comments(page)).toHaveCount(before);

  await page.unroute('**/rest/v1/claim_comments*');
  await thread.getByRole('button', { name: 'Post comment' }).click();
  await expect(comments(page)).toHaveCount(before + 1);
  await expect(comments(page).last()).toContainText(text);
  await expect(thread.getByRole('alert')).toHaveCount(0);
});

test('a blank comment is not sent', async ({ page }) => {
  await openReview(page, demoEditor);
  const before = await comments(page).count();
  await post(page, '   ');
  const thread = page.getByRole('region', { name: 'Comments' });
  await expect(thread.getByRole('alert')).toHaveText('Write something before posting.');
  await expect(thread.getByRole('textbox', { name: 'Add a comment' })).toHaveAccessibleDescription('Write something before posting.');
  await expect(comments(page)).toHaveCount(before);
});

test('a half-written comment survives a reload', async ({ page }) => {
  await openReview(page, demoEditor);
  const box = () => page.getByRole('region', { name: 'Comments' }).getByRole('textbox', { name: 'Add a comment' });
  await box().fill('Half a thought');
  await page.reload();
  await expect(box()).toHaveValue('Half a thought');
  await box().fill('');
});

test('the history shows every step with who took it, read-only', async ({ page }) => {
  await openReview(page, demoEditor);
  const history = page.getByRole('region', { name: 'History' });
  const steps = history.getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('Created with verdict False');
  await expect(steps.nth(0)).toContainText('by Demo Checker');
  await expect(steps.nth(1)).toContainText('Submitted for review');
  await expect(steps.nth(1)).toContainText('by Demo Checker');
  await expect(steps.nth(2)).toContainText('Changes requested');
  await expect(steps.nth(2)).toContainText('by Demo Editor');
  await expect(steps.nth(2)).toContainText(reviewNote);
  await expect(steps.nth(3)).toContainText('Verdict changed from False to Mostly false');
  await expect(steps.nth(3)).toContainText('by Demo Checker');
  for (const step of await steps.all()) await expect(step.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(history.getByRole('button')).toHaveCount(0);
  await expect(history.getByRole('textbox')).toHaveCount(0);
});

test('the comments and history have no serious or critical accessibility violations', async ({ page }) => {
  await openReview(page, demoEditor);
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toBeVisible();
  expect(await seriousViolations(page, ['.comment-thread', '.claim-history'])).toEqual([]);
});

test('saving a claim on the article page adds the edit to the History under it, without a reload', async ({ page, articleCopy }) => {
  const copy = await articleCopy('History refresh');
  await arrangeClaim(copy, { quote: seedArticle.sentence, claimText: 'ICE arrested seven people.' });
  await page.goto(`/articles/${copy.id}`);
  await signIn(page, demoChecker);
  await page.getByRole('button', { name: /^Open claim:/ }).click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).not.toContainText('Edited');

  const panel = page.getByRole('region', { name: 'Edit claim' });
  await panel.getByLabel('Claim', { exact: true }).fill('ICE arrested seven people at a check-in.');
  await panel.getByRole('button', { name: 'Save draft' }).click();

  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').last()).toContainText('Edited');
  await expect(history.getByRole('listitem').last()).toContainText('Demo Checker');
});
