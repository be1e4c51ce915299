// The dashboard: the counts on the signed-in home page match what the database holds,
// overall and for an article of this spec's own, whose waiting work links to the article;
// every count is a link to the list of the claims it counts, and a list longer than a page
// says how long it is and loads more from the keyboard.
import type { Locator, Page } from '@playwright/test';
import type { ClaimStatus } from '../src/entities/claim-status/claim-status.ts';
import { seriousViolations } from './support/accessibility.ts';
import { type ArticleCopy, copySeedArticle, deleteArticles, uniqueTitle } from './support/arrange-articles.ts';
import { arrangeClaim } from './support/arrange-claims.ts';
import { demoUserIds } from '../stack/seed/seed-ids.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn } from './support/sign-in.ts';
import { withE2eDb } from './support/stack-clients.ts';
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

/** A count as the dashboard writes it (1,234). */
function shown(count: number): string {
  return count.toLocaleString('en');
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

  await waiting.getByRole('link', { name: article.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
});

test('overall counts match the database', async ({ page }) => {
  const expected = await claimCounts();
  await openDashboard(page);

  const byStatus = table(page, 'Claims by status');
  const labels = { Draft: 'draft', 'In review': 'in_review', 'Changes requested': 'changes_requested', Approved: 'approved', Published: 'published' } as const;
  for (const [label, status] of Object.entries(labels)) {
    expect(await cellsOf(byStatus, label), label).toEqual([shown(expected.byStatus[status] ?? 0)]);
  }
  expect(await cellsOf(byStatus, 'All claims')).toEqual([shown(expected.total)]);

  const byVerdict = table(page, 'Claims by verdict');
  for (const [label, count] of Object.entries(expected.byVerdict)) {
    expect(await cellsOf(byVerdict, label), label).toEqual([shown(count)]);
  }
  await expect(byVerdict.getByRole('rowheader')).toHaveCount(Object.keys(expected.byVerdict).length);
});

test('every count is a link to the list it counts', async ({ page }) => {
  await openDashboard(page);
  const byStatus = table(page, 'Claims by status');
  for (const [label, path] of [
    ['In review', /\/review$/],
    ['Approved', /\/ready$/],
    ['Published', /\/claims\?status=published$/],
    ['Draft', /\/claims\?status=draft$/],
  ] as const) {
    const row = byStatus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    const link = row.getByRole('link');
    await expect(link, label).toHaveAttribute('href', path);
  }

  // A verdict's count lists the claims with that verdict, as many as it says.
  const byVerdict = table(page, 'Claims by verdict');
  const misleading = byVerdict.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Misleading' }) }).getByRole('link');
  const count = (await misleading.textContent())!.trim();
  await misleading.click();
  await expect(page).toHaveURL(/\/claims\?verdict=misleading$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
  await expect(page.getByText(count === '1' ? /^1 claim$/ : new RegExp(`^(Showing \\d+ of )?${count} claims$`))).toBeVisible();

  // The article's drafts, from its row: exactly its three, each leading to the claim itself.
  await page.goto('/');
  const perStatus = table(page, 'Claims per article by status');
  const row = perStatus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: article.title, exact: true }) });
  await row.getByRole('link', { name: `3 claims: Draft, in ${article.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/claims\\?status=draft&article=${article.id}$`));
  await expect(page.getByText(/^3 claims$/)).toBeVisible();
  const claims = page.getByRole('main').getByRole('listitem');
  await expect(claims).toHaveCount(3);
  await claims.first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=[0-9a-f-]{36}$`));

  // In review leads to the queue.
  await page.goto('/');
  await table(page, 'Claims by status')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'In review', exact: true }) })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
});

test('a list longer than a page says how long it is and loads more from the keyboard', async ({ page }) => {
  const long = await copySeedArticle(uniqueTitle('Dashboard long list'));
  try {
    // 60 published claims in one statement, as the superuser: more than a page of 50.
    await withE2eDb((db) =>
      db.query(
        `insert into public.claims (article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, claim_text,
           verdict_id, rationale, status, created_by, reviewed_by, reviewed_at, published_at)
         select $1, $2, '', $3, 0, 3, 'Long list claim ' || lpad(n::text, 2, '0'), 'true', 'Arranged rationale.', 'published',
           $4, $5, now(), now()
         from generate_series(1, 60) as n`,
        [long.id, long.bodyText.slice(0, 3), long.bodyText.slice(3, 35), demoUserIds.checker, demoUserIds.editor],
      ),
    );
    await page.goto(`/claims?status=published&article=${long.id}`);
    await signIn(page);
    await expect(page.getByText('Showing 50 of 60 claims')).toBeVisible();
    const claims = page.getByRole('main').getByRole('listitem');
    await expect(claims).toHaveCount(50);

    const more = page.getByRole('button', { name: 'Show more claims' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(claims).toHaveCount(60);
    await expect(page.getByText(/^60 claims$/)).toBeVisible();
    await expect(more).toHaveCount(0);
    // The focus went to the first claim of the new page, not to the page's body.
    await expect(claims.nth(50).getByRole('link')).toBeFocused();
  } finally {
    await deleteArticles({ ids: [long.id] });
  }
});

test('has no serious or critical accessibility violations', async ({ page }) => {
  await openDashboard(page);
  expect(await seriousViolations(page)).toEqual([]);
});
