// Adding an article: HTML pasted from a news page keeps its text, headings, lists and web
// links and loses scripts, images, handlers and javascript: links, in the editor, on the
// article page and in the database; bad input and a failed save lose nothing typed; axe.
import type { Page } from '@playwright/test';
import { demoUserIds } from '../stack/seed/seed-ids.ts';
import { seriousViolations } from './support/accessibility.ts';
import { expect, test } from './support/fixtures.ts';
import { collectDialogs } from './support/page-events.ts';
import { pasteHtml } from './support/paste.ts';
import { signInAs } from './support/sign-in.ts';
import { storedArticlesTitled } from './support/stored-rows.ts';

const newsPageHtml = [
  '<meta charset="utf-8"><style>body { display: none }</style>',
  '<p>The minister said <strong>unemployment halved</strong> last year.</p>',
  '<h2>What the figures show</h2>',
  '<ul><li>Claims fell by a third.</li><li>Jobs rose in every region.</li></ul>',
  '<script>window.__pasted = "script"; alert("script")</script>',
  '<p>Photo <img src="https://example.org/x.png" onerror="window.__pasted = \'img\'; alert(\'img\')"> caption.</p>',
  '<p onclick="alert(\'handler\')">Read <a href="javascript:alert(\'link\')">the trap</a> or ',
  '<a href="https://example.org/statistics" onclick="alert(\'handler\')">the statistics</a>.</p>',
].join('');

const newsPageText =
  'The minister said unemployment halved last year.\nWhat the figures show\nClaims fell by a third.\nJobs rose in every region.\nPhoto caption.\nRead the trap or the statistics.';

async function openNewArticleForm(page: Page) {
  await signInAs(page);
  await page.getByRole('link', { name: 'New article' }).click();
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'New article' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Body' })).toBeVisible();
}

test('a checker adds an article pasted from a news page: the text, heading, list and web link stay, the rest is dropped', async ({
  page,
  newArticleTitle,
}) => {
  const dialogs = collectDialogs(page);
  const title = newArticleTitle('Unemployment halved, says minister');
  await openNewArticleForm(page);

  await page.getByLabel('Title').fill(title);
  await page.getByLabel('URL').fill('https://news.example.org/2025/11/unemployment');
  await page.getByLabel('Publisher').fill('Example News');
  await page.getByLabel('Publication date').fill('2025-11-20');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await pasteHtml(page, newsPageHtml, newsPageText);

  await expect(body.getByRole('heading', { level: 2, name: 'What the figures show' })).toBeVisible();
  await expect(body.getByRole('listitem')).toHaveText(['Claims fell by a third.', 'Jobs rose in every region.']);
  await expect(body.getByRole('link', { name: 'the statistics' })).toHaveAttribute('href', 'https://example.org/statistics');
  await expect(body.getByRole('link', { name: 'the trap' })).toHaveCount(0);
  await expect(body.locator('img, script, style, [onclick], [onerror]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Save article' }).click();

  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const article = page.getByRole('main');
  await expect(article.getByText('The minister said unemployment halved last year.')).toBeVisible();
  await expect(article.getByRole('heading', { name: 'What the figures show' })).toBeVisible();
  await expect(article.getByText('Jobs rose in every region.')).toBeVisible();
  const statistics = article.getByRole('link', { name: 'the statistics' });
  await expect(statistics).toHaveAttribute('href', 'https://example.org/statistics');
  await expect(statistics).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(article.getByText('the trap')).toBeVisible();
  await expect(article.getByRole('link', { name: 'the trap' })).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i], main img, main [onclick], main [onerror]')).toHaveCount(0);

  const [stored] = await storedArticlesTitled(title);
  expect(stored).toMatchObject({
    url: 'https://news.example.org/2025/11/unemployment',
    publisher: 'Example News',
    published_at: '2025-11-20',
    created_by: demoUserIds.checker,
    body_text: [
      'The minister said unemployment halved last year.',
      'What the figures show',
      'Claims fell by a third.',
      'Jobs rose in every region.',
      'Photo caption.',
      'Read the trap or the statistics.',
    ].join('\n\n'),
  });
  const storedBody = JSON.stringify(stored!.body);
  expect(storedBody).toContain('"type":"heading"');
  expect(storedBody).toContain('"type":"bulletList"');
  expect(storedBody).toContain('"href":"https://example.org/statistics"');
  for (const dropped of ['javascript', 'alert', 'script', 'onclick', 'onerror', 'img', 'image', 'style', 'x.png']) {
    expect(storedBody.toLowerCase(), dropped).not.toContain(dropped);
  }

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __pasted?: string }).__pasted)).toBeUndefined();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('bad input is named before sending, and a failed save keeps everything typed', async ({ page, newArticleTitle }) => {
  const title = newArticleTitle('A story that fails once');
  await openNewArticleForm(page);

  await page.getByLabel('URL').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save article' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Give the article a title.');
  await expect(problems).toContainText('The URL must be a web address starting with http:// or https://');
  await expect(problems).toContainText("Paste or type the article's text.");
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('URL')).toHaveAccessibleDescription(/must be a web address starting with http:\/\//);
  await expect(page.getByLabel('URL')).toHaveValue('javascript:alert(1)');

  await page.getByLabel('Title').fill(title);
  await page.getByLabel('URL').fill('https://example.org/story');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('First paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph.');

  await page.route('**/rest/v1/articles*', (route) =>
    route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
  );
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('alert')).toContainText('The article could not be saved. Everything you entered is still here');
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(page.getByLabel('URL')).toHaveValue('https://example.org/story');
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveText('First paragraph.Second paragraph.');
  expect(await storedArticlesTitled(title)).toEqual([]);

  await page.unroute('**/rest/v1/articles*');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const [stored] = await storedArticlesTitled(title);
  expect(stored).toMatchObject({ url: 'https://example.org/story', body_text: 'First paragraph.\n\nSecond paragraph.' });
});

test('the new-article page has no serious accessibility violations, with or without problems shown', async ({ page }) => {
  await openNewArticleForm(page);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('URL').fill('ftp://example.org');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
