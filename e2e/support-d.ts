// Helpers for the claim form specs: a private copy of the seed article, a claim arranged
// through the service role, what the database holds, and selecting words with the mouse.
import { expect, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../src/lib/database.types.ts';
import { serviceRoleKey } from '../stack/config.ts';
import { demoUserIds, seedArticleId } from '../stack/seed/seed-ids.ts';
import { e2ePorts } from './ports.ts';

const service = createClient<Database>(`http://127.0.0.1:${e2ePorts.api}`, serviceRoleKey, {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: ws as unknown as typeof WebSocket },
});

export type ArticleCopy = { id: string; title: string; bodyText: string };

export async function copyOfSeedArticle(title: string): Promise<ArticleCopy> {
  const { data: seed, error } = await service
    .from('articles')
    .select('body, body_text, publisher, published_at, url')
    .eq('id', seedArticleId)
    .single();
  if (error) throw error;
  const uniqueTitle = `${title} ${crypto.randomUUID().slice(0, 8)}`;
  const { data, error: insertError } = await service
    .from('articles')
    .insert({ ...seed, title: uniqueTitle, created_by: demoUserIds.checker })
    .select('id, body_text')
    .single();
  if (insertError) throw insertError;
  return { id: data.id, title: uniqueTitle, bodyText: data.body_text };
}

export async function deleteArticle(articleId: string) {
  const { error } = await service.from('articles').delete().eq('id', articleId);
  if (error) throw error;
}

/** A draft claim by the demo checker on the first occurrence of `quote`. */
export async function arrangeDraftClaim(
  article: ArticleCopy,
  quote: string,
  claimText: string,
  rationale: string | null = null,
) {
  const start = article.bodyText.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the article`);
  const end = start + quote.length;
  const { data, error } = await service
    .from('claims')
    .insert({
      article_id: article.id,
      quote_exact: quote,
      quote_prefix: article.bodyText.slice(Math.max(0, start - 32), start),
      quote_suffix: article.bodyText.slice(end, end + 32),
      start_offset: start,
      end_offset: end,
      claim_text: claimText,
      rationale,
      created_by: demoUserIds.checker,
    })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
}

export async function claimsInDatabase(articleId: string) {
  const { data, error } = await service
    .from('claims')
    .select('id, claim_text, claimant, rationale, version, sources(url, title)')
    .eq('article_id', articleId)
    .order('created_at');
  if (error) throw error;
  return data;
}

/** The claim drafts this page keeps in localStorage, by key. */
export async function localDrafts(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('factmark:claim-draft:'))
        .map((key) => [key, JSON.parse(localStorage.getItem(key) ?? 'null') as unknown]),
    ),
  );
}

/** Drags the mouse from the first to the last character of `words` in the article text. */
export async function dragOverWords(page: Page, words: string) {
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
  await page.mouse.move(box.endX, box.endY, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(words);
}
