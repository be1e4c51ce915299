// The claim drafts a page keeps on the device (localStorage) until they are saved or discarded.
import type { Page } from '@playwright/test';

/** The page's claim drafts, by localStorage key. */
export async function localDrafts(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('factmark:claim-draft:'))
        .map((key) => [key, JSON.parse(localStorage.getItem(key) ?? 'null') as unknown]),
    ),
  );
}
