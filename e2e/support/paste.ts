// Pasting HTML the way a browser delivers it from another site's page.
import type { Page } from '@playwright/test';

/** Pastes into the focused element as a browser does: a paste event carrying text/html. */
export async function pasteHtml(page: Page, html: string, plainText: string) {
  await page.evaluate(
    ([html, plainText]) => {
      const target = document.activeElement;
      if (target === null) throw new Error('nothing is focused to paste into');
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', html);
      clipboardData.setData('text/plain', plainText);
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    },
    [html, plainText] as const,
  );
}
