// Helpers for the annotating specs: what the database holds for an article, and what the
// page shows as highlighted.
import type { Page } from '@playwright/test';
import { serviceRoleKey } from '../stack/config.ts';
import { e2eSupabase } from './support.ts';

const service = e2eSupabase(serviceRoleKey);

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
