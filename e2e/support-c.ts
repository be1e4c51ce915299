// Helpers for the annotating specs: a private copy of the seed article (so no spec sees
// another's claims), claims arranged straight through the service role, and the two ways
// a person selects words: dragging the mouse, and what the page shows as highlighted.
import { createClient } from '@supabase/supabase-js';
import { expect, type Page } from '@playwright/test';
import ws from 'ws';
import type { Database } from '../src/lib/database.types.ts';
import { serviceRoleKey } from '../stack/config.ts';
import { demoUserIds, seedArticleId } from '../stack/seed/seed-ids.ts';
import { e2ePorts } from './ports.ts';

export const demoEditor = { email: 'editor@example.com', password: 'factmark-demo' };

const service = createClient<Database>(`http://127.0.0.1:${e2ePorts.api}`, serviceRoleKey, {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: ws as unknown as typeof WebSocket },
});

export interface ArticleCopy {
  id: string;
  title: string;
  bodyText: string;
}

export async function copySeedArticle(title: string): Promise<ArticleCopy> {
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

/** Adds a draft claim on the first occurrence of `quote`, as the demo checker. */
export async function insertClaim(
  article: ArticleCopy,
  quote: string,
  fields: { claimText: string; verdictId?: string | null },
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
      claim_text: fields.claimText,
      verdict_id: fields.verdictId ?? null,
      created_by: demoUserIds.checker,
    })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
}

export async function storedClaims(articleId: string) {
  const { data, error } = await service
    .from('claims')
    .select('id, claim_text, quote_exact, start_offset, end_offset, verdict_id, sources(url, title)')
    .eq('article_id', articleId)
    .order('created_at');
  if (error) throw error;
  return data;
}

export async function storedBodyText(articleId: string) {
  const { data, error } = await service.from('articles').select('body_text').eq('id', articleId).single();
  if (error) throw error;
  return data.body_text;
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

/** Someone else saves the article (any change moves its updated_at on). */
export async function touchArticle(articleId: string) {
  const { error } = await service.from('articles').update({ publisher: 'Changed elsewhere' }).eq('id', articleId);
  if (error) throw error;
}
