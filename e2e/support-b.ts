// Helpers for the new-article and content-safety specs: the service role's view of the
// database (to check what was stored, and to write bodies no editor would produce), and a
// paste of HTML the way a browser delivers it from another site's page.
import type { Page } from '@playwright/test';
import type { Json } from '../src/lib/database.types.ts';
import { serviceRoleKey } from '../stack/config.ts';
import { demoNewsroomId, demoUserIds } from '../stack/seed/seed-ids.ts';
import { e2eSupabase } from './support.ts';

const service = e2eSupabase(serviceRoleKey);

export async function storedArticle(title: string) {
  const { data, error } = await service
    .from('articles')
    .select('id, title, url, publisher, published_at, body, body_text, created_by')
    .eq('title', title);
  if (error) throw error;
  return data;
}

/** An article written straight through the API with the service role, past every form. */
export async function insertArticleBody(title: string, body: Json, bodyText: string): Promise<string> {
  const { data, error } = await service
    .from('articles')
    .insert({ newsroom_id: demoNewsroomId, title, body, body_text: bodyText, created_by: demoUserIds.checker })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
}

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

/** Records every JavaScript dialog the page opens (an alert() from injected markup would be one). */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
