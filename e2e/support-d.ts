// Helpers for the claim form specs: what the database holds, and the drafts the page keeps
// on the device.
import type { Page } from '@playwright/test';
import { serviceRoleKey } from '../stack/config.ts';
import { e2eSupabase } from './support.ts';

const service = e2eSupabase(serviceRoleKey);

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

