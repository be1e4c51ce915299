// Issue 4's whole round trip in three browser contexts: the checker annotates and submits a
// claim through the article page, the editor requests changes, the checker reads the note
// on My work, fixes and resubmits, the editor approves and publishes, and an anonymous
// reader sees the verdict on the public page and no unpublished claim. The history in the
// review view names every step and who took it.
import { demoUserIds } from '../stack/seed/seed-ids.ts';
import { seedArticle } from './support/arrange-articles.ts';
import { arrangeClaim, iceStatement } from './support/arrange-claims.ts';
import { selectWithMouse } from './support/article-page.ts';
import { demoChecker, demoEditor } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signInAs } from './support/sign-in.ts';
import { e2eSupabase } from './support/stack-clients.ts';
import { storedClaim, storedClaims } from './support/stored-rows.ts';

const claimText = 'ICE arrested seven people at a New York check-in.';
const unpublishedText = 'Agents use ankle monitors and apps (still in review).';
const editorNote = 'Name the source of the NBC report and check the number seven.';

test('checker and editor take a claim from annotation to publication, and readers see only that', async ({ browser, articleCopy }) => {
  test.setTimeout(120_000);
  const article = await articleCopy('Round trip');
  await arrangeClaim(article, {
    quote: 'ankle monitors, smartphone apps',
    claimText: unpublishedText,
    claimant: 'NBC News',
    verdictId: 'true',
    rationale: '<p>Not yet reviewed.</p>',
    status: 'in_review',
    createdBy: demoUserIds.checker2,
    sources: [iceStatement],
  });

  const checkerContext = await browser.newContext();
  const editorContext = await browser.newContext();
  const readerContext = await browser.newContext();
  const checker = await checkerContext.newPage();
  const editor = await editorContext.newPage();
  const reader = await readerContext.newPage();

  // The checker annotates the article and submits the claim.
  await signInAs(checker, demoChecker);
  await checker.goto(`/articles/${article.id}`);
  await expect(checker.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  // The other checker's claim is highlighted before words are selected, so nothing redraws mid-drag.
  await expect(checker.getByText(/^1 claims? · 1 shown$/)).toBeVisible();
  await selectWithMouse(checker, seedArticle.sentence);
  await checker.getByRole('button', { name: 'Add claim' }).click();
  const newPanel = checker.getByRole('region', { name: 'New claim' });
  await newPanel.getByLabel('Claim', { exact: true }).fill(claimText);
  await newPanel.getByLabel('Claimant').fill('NBC News');
  await newPanel.getByLabel('Verdict').selectOption({ label: 'False' });
  await newPanel.getByRole('textbox', { name: 'Rationale' }).click();
  await checker.keyboard.type('NBC reported the arrests on June 5.');
  await newPanel.getByRole('button', { name: 'Add source' }).click();
  await newPanel.getByLabel('Source URL').fill('https://www.nbcnews.com/politics/ice-arrests');
  await newPanel.getByLabel('Title').fill('NBC report');
  await newPanel.getByRole('button', { name: 'Save draft' }).click();
  await expect.poll(async () => (await storedClaims(article.id)).filter((c) => c.status === 'draft').length).toBe(1);
  const claimId = (await storedClaims(article.id)).find((c) => c.claim_text === claimText)!.id;
  await checker.getByRole('region', { name: /claim/i }).getByRole('button', { name: 'Submit for review' }).click();
  await expect(checker.getByText('Claim submitted for review.')).toBeVisible();
  expect((await storedClaim(claimId))?.status).toBe('in_review');

  // The editor finds it in the queue and sends it back with a note.
  await signInAs(editor, demoEditor);
  await editor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review queue/ }).click();
  await editor.getByLabel('Article').selectOption({ label: article.title });
  const queue = editor.getByRole('table', { name: 'Claims in review, oldest first' });
  await expect(queue.getByRole('row')).toHaveCount(3);
  await queue.getByRole('link', { name: claimText }).click();
  await expect(editor.getByRole('region', { name: /In the article/ }).locator('mark')).toHaveText(seedArticle.sentence);
  await editor.getByLabel(/What needs to change/).fill(editorNote);
  await editor.getByRole('button', { name: 'Request changes' }).click();
  await expect(editor.getByText('Changes requested. The checker sees your note on My work.')).toBeVisible();

  // The checker reads the note on My work, fixes the claim on the article page and resubmits.
  await checker.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work' }).click();
  const sentBack = checker
    .getByRole('region', { name: /^Changes requested/ })
    .getByRole('article', { name: claimText })
    .filter({ has: checker.getByRole('link', { name: article.title }) });
  await expect(sentBack).toContainText(editorNote);
  await sentBack.getByRole('link', { name: article.title }).click();
  await expect(checker.getByRole('heading', { level: 2, name: 'Claims' })).toBeVisible();
  await checker.getByRole('article', { name: claimText }).getByRole('button', { name: /^Open/ }).click();
  const editPanel = checker.getByRole('region', { name: 'Edit claim' });
  await editPanel.getByLabel('Verdict').selectOption({ label: 'Mostly true' });
  await editPanel.getByRole('textbox', { name: 'Rationale' }).click();
  await checker.keyboard.press('End');
  await checker.keyboard.type(' NBC News saw seven arrests in New York City.');
  await editPanel.getByRole('button', { name: 'Submit for review' }).click();
  await expect(checker.getByText('Claim submitted for review.')).toBeVisible();
  await expect.poll(async () => (await storedClaim(claimId))?.status).toBe('in_review');

  // The editor approves the new version and publishes it.
  await editor.goto('/review');
  await editor.getByLabel('Article').selectOption({ label: article.title });
  await queue.getByRole('link', { name: claimText }).click();
  await expect(editor.getByRole('region', { name: 'The claim' })).toContainText('Mostly true');
  await editor.getByRole('button', { name: 'Approve' }).click();
  await expect(editor.getByText('Approved. The claim can now be published.')).toBeVisible();
  await editor.getByRole('button', { name: 'Publish' }).click();
  const publication = editor.getByRole('dialog', { name: 'Publish this fact-check?' });
  await expect(publication).toContainText('Mostly true');
  await publication.getByRole('button', { name: 'Publish' }).click();
  await expect(editor.getByText('Published. Readers now see this verdict on the public page.')).toBeVisible();
  expect(await storedClaim(claimId)).toMatchObject({ status: 'published', verdict_id: 'mostly_true' });

  // The history names every step and who took it, in order.
  const history = editor.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Published' })).toContainText('Demo Editor');
  const steps = await history.getByRole('listitem').allTextContents();
  const expected: Array<[string, string]> = [
    ['Created', 'Demo Checker'],
    ['Submitted for review', 'Demo Checker'],
    ['Changes requested', 'Demo Editor'],
    ['Verdict changed from False to Mostly true', 'Demo Checker'],
    ['Resubmitted for review', 'Demo Checker'],
    ['Approved', 'Demo Editor'],
    ['Published', 'Demo Editor'],
  ];
  let from = 0;
  for (const [title, person] of expected) {
    const index = steps.findIndex((step, position) => position >= from && step.startsWith(title) && step.includes(person));
    expect(index, `"${title}" by ${person} after step ${from} in ${JSON.stringify(steps)}`).toBeGreaterThanOrEqual(from);
    from = index + 1;
  }
  expect(steps.find((step) => step.startsWith('Changes requested'))).toContain(editorNote);

  // An anonymous reader sees the published verdict, and nothing unpublished.
  await reader.goto(`/p/${article.id}`);
  await expect(reader.getByRole('heading', { level: 1, name: `Fact-check of “${article.title}”` })).toBeVisible();
  const card = reader.getByRole('article', { name: claimText });
  await expect(card).toContainText('Mostly true');
  await expect(card).toContainText('NBC News');
  await expect(reader.getByText(unpublishedText)).toHaveCount(0);
  const { data: readable, error } = await e2eSupabase()
    .from('claims')
    .select('claim_text, status')
    .eq('article_id', article.id);
  expect(error).toBeNull();
  expect(readable).toEqual([{ claim_text: claimText, status: 'published' }]);

  await Promise.all([checkerContext.close(), editorContext.close(), readerContext.close()]);
});
