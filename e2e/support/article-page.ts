// The article page: opening it signed in, its text, selecting words in it with the mouse, and
// what it shows as highlighted.
import { expect, type Page } from '@playwright/test';
import type { ArticleCopy } from './arrange-articles.ts';
import { type DemoAccount, demoChecker } from './demo-accounts.ts';
import { signInAs } from './sign-in.ts';

/** Signs in and opens the article, waiting for its text and its side panel. */
export async function openArticle(page: Page, article: ArticleCopy, account: DemoAccount = demoChecker) {
  await signInAs(page, account);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Claims' })).toBeVisible();
}

export function articleText(page: Page) {
  return page.getByRole('textbox', { name: 'Article text' });
}

/** Drags the mouse from the first to the last character of `words` in the article text. */
export async function selectWithMouse(page: Page, words: string) {
  const box = await page.evaluate((wanted) => {
    const root = document.querySelector('[aria-label="Article text"]');
    if (root === null) throw new Error('no article text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rectOf = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getClientRects()[0]!;
      };
      const first = rectOf(index);
      const last = rectOf(index + wanted.length - 1);
      return {
        startX: first.left + 1,
        startY: first.top + first.height / 2,
        endX: last.right - 1,
        endY: last.top + last.height / 2,
      };
    }
    throw new Error(`"${wanted}" is not in one text node of the article`);
  }, words);
  await page.mouse.move(box.startX, box.startY);
  await page.mouse.down();
  await page.mouse.move((box.startX + box.endX) / 2, (box.startY + box.endY) / 2, { steps: 4 });
  await page.mouse.move(box.endX, box.endY, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(words);
}

/** The words a claim's highlight covers, joined across the spans it is split into. */
export async function highlightedText(page: Page, claimId: string) {
  return page.evaluate((id) => {
    const spans = Array.from(document.querySelectorAll(`[data-claim-id="${id}"]`));
    return spans
      .filter((span) => span.parentElement?.closest(`[data-claim-id="${id}"]`) == null)
      .map((span) => span.textContent)
      .join('');
  }, claimId);
}

/** The middle of the first place in the text covered by at least `depth` nested highlights. */
export async function pointCoveredBy(page: Page, depth: number) {
  return page.evaluate((wanted) => {
    for (const span of Array.from(document.querySelectorAll('[data-claim-id]'))) {
      let count = 0;
      for (let element: Element | null = span; element !== null; element = element.parentElement) {
        if (element.hasAttribute('data-claim-id')) count += 1;
      }
      if (count >= wanted) {
        span.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rect = span.getBoundingClientRect();
        return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no place is covered by ${wanted} claims`);
  }, depth);
}
