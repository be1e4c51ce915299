// Shared steps and facts for the end-to-end specs: the seeded demo accounts and article (from
// supabase/seed.sql), signing in, the e2e stack's database and API as tests arrange them,
// a private copy of the seed article (so no spec sees another's claims), and selecting words
// with the mouse.
import { expect, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import ws from 'ws';
import type { Database } from '../src/lib/database.types.ts';
import { anonKey, dbPassword, dbUser, serviceRoleKey } from '../stack/config.ts';
import { demoPassword, demoUserIds, seedArticleId } from '../stack/seed/seed-ids.ts';
import { e2ePorts } from './ports.ts';

export const demoChecker = { email: 'checker@example.com', password: demoPassword };
export const demoEditor = { email: 'editor@example.com', password: demoPassword };
export const demoAdmin = { email: 'admin@example.com', password: demoPassword };

export const seedArticle = {
  title: 'ICE carries out record number of immigration arrests in a single day',
  publicationDate: 'June 5, 2025',
  sentence: 'One NBC reporter saw seven illegal immigrants who showed up for a check-in in New York City get arrested by ICE.',
};

export async function signIn(page: Page, account = demoChecker) {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(account.email);
}

export const e2eDbUrl = `postgresql://${dbUser}:${dbPassword}@127.0.0.1:${e2ePorts.db}/postgres`;

/** A superuser connection to the e2e database, for arranging state and reading it back. */
export async function withE2eDb<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client(e2eDbUrl);
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** supabase-js against the e2e stack with the given key (the anon key unless told otherwise). */
export function e2eSupabase(key = anonKey) {
  return createClient<Database>(`http://127.0.0.1:${e2ePorts.api}`, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as unknown as typeof WebSocket },
  });
}

/** supabase-js as a demo user, for the calls a page could skip but the database must refuse. */
export async function signedInClient(email: string) {
  const client = e2eSupabase();
  const { error } = await client.auth.signInWithPassword({ email, password: demoPassword });
  if (error) throw error;
  return client;
}

export function uniqueTitle(title: string): string {
  return `${title} ${crypto.randomUUID().slice(0, 8)}`;
}

export interface ArticleCopy {
  id: string;
  title: string;
  bodyText: string;
}

/** A copy of the seed article under a unique title, added by the demo checker. */
export async function copySeedArticle(title: string, createdBy: string = demoUserIds.checker): Promise<ArticleCopy> {
  const copyTitle = uniqueTitle(title);
  return withE2eDb(async (db) => {
    const { rows } = await db.query<{ id: string; body_text: string }>(
      `insert into public.articles (newsroom_id, title, url, publisher, published_at, body, body_text, created_by)
       select newsroom_id, $1, url, publisher, published_at, body, body_text, $2
       from public.articles where id = $3
       returning id, body_text`,
      [copyTitle, createdBy, seedArticleId],
    );
    const row = rows[0]!;
    return { id: row.id, title: copyTitle, bodyText: row.body_text };
  });
}

export async function deleteArticle(articleId: string) {
  await withE2eDb((db) => db.query('delete from public.articles where id = $1', [articleId]));
}

/** Adds a draft claim on the first occurrence of `quote`, as the demo checker. */
export async function insertClaim(
  article: ArticleCopy,
  quote: string,
  fields: { claimText: string; verdictId?: string | null; rationale?: string | null },
) {
  const start = article.bodyText.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the article`);
  const end = start + quote.length;
  const { data, error } = await e2eSupabase(serviceRoleKey)
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
      rationale: fields.rationale ?? null,
      created_by: demoUserIds.checker,
    })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
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
