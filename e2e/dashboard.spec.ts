// The dashboard: the counts on the signed-in home page match what the database holds,
// overall and for an article of this spec's own, whose waiting work links to the article.
import type { Locator, Page } from '@playwright/test';
import type { ClaimStatus } from '../src/entities/claim-status/claim-status.ts';
import { seriousViolations } from './support/accessibility.ts';
import { type ArticleCopy, copySeedArticle, deleteArticles, uniqueTitle } from './support/arrange-articles.ts';
import { arrangeClaim } from './support/arrange-claims.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/sign-in.ts';
import { claimCounts } from './support/stored-rows.ts';

let article: ArticleCopy;

/** `count` claims by the demo checker on the article's first word. */
async function arrangeClaims(status: ClaimStatus, verdictId: string | null, count = 1) {
  for (let index = 0; index < count; index += 1) {
    await arrangeClaim(article, {
      quote: article.bodyText.slice(0, 3),
      claimText: `Arranged claim ${crypto.randomUUID()}`,
      rationale: 'Arranged rationale.',
      verdictId,
      status,
    });
  }
}

test.beforeAll(async () => {
  article = await copySeedArticle(uniqueTitle('Dashboard counts'));
  await arrangeClaims('draft', null, 2);
  await arrangeClaims('draft', 'true');
  await arrangeClaims('in_review', 'false', 3);
  await arrangeClaims('changes_requested', 'misleading');
  await arrangeClaims('approved', 'false');
  await arrangeClaims('published', 'true', 2);
});

test.afterAll(async () => {
  await deleteArticles({ ids: [article.id] });
});

function table(page: Page, caption: string): Locator {
  return page.getByRole('table', { name: caption });
}

/** The data cells of the row whose header is `name`, as text. */
async function cellsOf(within: Locator, name: string | RegExp): Promise<string[]> {
  const row = within.getByRole('row').filter({ has: within.page().getByRole('rowheader', { name, exact: true }) });
  await expect(row).toHaveCount(1);
  return row.getByRole('cell').allTextContents();
}

async function openDashboard(page: Page) {
  await page.goto('/');
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(table(page, 'Claims by status')).toBeVisible();
}

test('counts claims by status and verdict for the article, with its waiting work', async ({ page }) => {
  await openDashboard(page);

  const perStatus = table(page, 'Claims per article by status');
  await expect(perStatus.getByRole('columnheader')).toHaveText(['Article', 'Draft', 'In review', 'Changes requested', 'Approved', 'Published', 'Total']);
  expect(await cellsOf(perStatus, article.title)).toEqual(['3', '3', '1', '1', '2', '10']);

  const perVerdict = table(page, 'Claims per article by verdict');
  const verdictHeaders = (await perVerdict.getByRole('columnheader').allTextContents()).map((text) => text.trim());
  const articleVerdicts = Object.fromEntries(verdictHeaders.slice(1).map((label, index) => [label, index]));
  const verdictCells = await cellsOf(perVerdict, article.title);
  expect({
    True: verdictCells[articleVerdicts.True!],
    False: verdictCells[articleVerdicts.False!],
    Misleading: verdictCells[articleVerdicts.Misleading!],
    'No verdict yet': verdictCells[articleVerdicts['No verdict yet']!],
  }).toEqual({ True: '3', False: '4', Misleading: '1', 'No verdict yet': '2' });
  expect(verdictHeaders.at(-1)).toBe('No verdict yet');

  const waiting = table(page, 'Articles with work waiting');
  await expect(waiting.getByRole('columnheader')).toHaveText(['Article', 'In review', 'Changes requested', 'Drafts']);
  expect(await cellsOf(waiting, article.title)).toEqual(['3', '1', '3']);

  await waiting.getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
});

test('overall counts match the database', async ({ page }) => {
  const expected = await claimCounts();
  await openDashboard(page);

  const byStatus = table(page, 'Claims by status');
  const labels = { Draft: 'draft', 'In review': 'in_review', 'Changes requested': 'changes_requested', Approved: 'approved', Published: 'published' } as const;
  for (const [label, status] of Object.entries(labels)) {
    expect(await cellsOf(byStatus, label), label).toEqual([String(expected.byStatus[status] ?? 0)]);
  }
  expect(await cellsOf(byStatus, 'All claims')).toEqual([String(expected.total)]);

  const byVerdict = table(page, 'Claims by verdict');
  for (const [label, count] of Object.entries(expected.byVerdict)) {
    expect(await cellsOf(byVerdict, label), label).toEqual([String(count)]);
  }
  await expect(byVerdict.getByRole('rowheader')).toHaveCount(Object.keys(expected.byVerdict).length);
});

test('has no serious or critical accessibility violations', async ({ page }) => {
  await openDashboard(page);
  expect(await seriousViolations(page)).toEqual([]);
});
