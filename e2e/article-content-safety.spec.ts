// An article body written straight into the database, past every form, with markup in its
// text, a javascript: link and event-handler attributes: the article page shows it as
// harmless text, never runs it and offers no javascript: link.
import { insertArticleBody } from './support/arrange-articles.ts';
import { expect, test } from './support/fixtures.ts';
import { collectDialogs } from './support/page-events.ts';
import { signInAs } from './support/sign-in.ts';

const markupText = '<script>window.__injected = "script"; alert(1)</script><img src=x onerror="alert(2)">';

const hostileBody = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      attrs: { onerror: 'alert(3)', style: 'position:fixed;inset:0' },
      content: [{ type: 'text', text: markupText }],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Read ' },
        {
          type: 'text',
          text: 'the details',
          marks: [{ type: 'link', attrs: { href: 'javascript:alert(4)', onclick: 'alert(5)', target: '_self' } }],
        },
        { type: 'text', text: ' or ' },
        {
          type: 'text',
          text: 'the source',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/source', rel: 'opener', onmouseover: 'alert(6)' } }],
        },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'heading',
      attrs: { level: 2, onclick: 'alert(7)' },
      content: [{ type: 'text', text: 'A heading with <b onmouseover=alert(8)>markup</b>' }],
    },
  ],
};

const hostileBodyText = [markupText, 'Read the details or the source.', 'A heading with <b onmouseover=alert(8)>markup</b>'].join('\n\n');

test('a body written straight into the database renders as harmless text, with no javascript: link', async ({
  page,
  newArticleTitle,
}) => {
  const title = newArticleTitle('Hostile body');
  const articleId = await insertArticleBody(title, hostileBody, hostileBodyText);
  const dialogs = collectDialogs(page);

  await signInAs(page);
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const main = page.getByRole('main');
  await expect(main.getByText(markupText)).toBeVisible();
  await expect(main.getByRole('heading', { level: 2, name: 'A heading with <b onmouseover=alert(8)>markup</b>' })).toBeVisible();
  await expect(main.getByText('the details')).toBeVisible();
  await expect(main.getByRole('link', { name: 'the details' })).toHaveCount(0);
  const source = main.getByRole('link', { name: 'the source' });
  await expect(source).toHaveAttribute('href', 'https://example.org/source');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(source).toHaveAttribute('target', '_blank');

  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(main.locator('script, img, b, [onerror], [onclick], [onmouseover], [style*="fixed"]')).toHaveCount(0);

  await main.getByText('the details').click();
  await main.getByText(markupText).hover();
  await main.getByRole('heading', { level: 2, name: /A heading with/ }).hover();
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}$`));
});
