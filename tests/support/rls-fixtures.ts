// Shared arrangements for the RLS suites: the demo users' clients, and rows created
// directly as the database superuser (so a test starts from exactly the state it needs,
// whatever other files left behind) plus superuser reads to prove nothing changed.
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { ClaimStatus } from '../../src/entities/claim-status/claim-status.ts';
import type { Database } from '../../src/lib/database.types.ts';
import { demoPassword, demoUserIds, seedArticleId } from '../../stack/seed/seed-ids.ts';
import { anonClient, demoUsers, signedInClient, withDb } from './clients.ts';

export { demoPassword, demoUserIds, seedArticleId, withDb };

export type Role = keyof typeof demoUserIds;
export type Client = SupabaseClient<Database>;
export type { ClaimStatus };

export interface Callers {
  anon: Client;
  checker: Client;
  checker2: Client;
  editor: Client;
  admin: Client;
}

export async function signInEveryone(): Promise<Callers> {
  const [checker, checker2, editor, admin] = await Promise.all([
    signedInClient(demoUsers.checker),
    signedInClient(demoUsers.checker2),
    signedInClient(demoUsers.editor),
    signedInClient(demoUsers.admin),
  ]);
  return { anon: anonClient(), checker, checker2, editor, admin };
}

export function marker(label = 'rls'): string {
  return `${label}-${randomUUID()}`;
}

export const testArticleText = 'Alpha beta gamma delta.\n\nThe second paragraph says something checkable.';

export async function arrangeArticle(options: { createdBy?: Role; title?: string } = {}): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.articles (title, body, body_text, created_by)
       values ($1, $2, $3, $4) returning id`,
      [
        options.title ?? marker('article'),
        { type: 'doc', content: testArticleText.split('\n\n').map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
        testArticleText,
        demoUserIds[options.createdBy ?? 'admin'],
      ],
    );
    return rows[0]!.id;
  });
}

export interface ArrangedClaim {
  id: string;
  articleId: string;
  claimText: string;
}

/**
 * A claim in any state, written as superuser (the workflow guard only judges API roles).
 * `complete` gives it what submit_claim needs: a verdict, a rationale and a source.
 */
export async function arrangeClaim(
  options: { author?: Role; status?: ClaimStatus; articleId?: string; complete?: boolean } = {},
): Promise<ArrangedClaim> {
  const articleId = options.articleId ?? (await arrangeArticle());
  const claimText = marker('claim');
  const complete = options.complete ?? true;
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.claims
         (article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, claim_text,
          verdict_id, rationale, status, created_by, reviewed_by, reviewed_at, published_at)
       values ($1, 'beta gamma', 'Alpha ', ' delta.', 6, 16, $2, $3, $4, $5, $6,
         case when $5 in ('approved', 'published', 'changes_requested') then $7::uuid end,
         case when $5 in ('approved', 'published', 'changes_requested') then now() end,
         case when $5 = 'published' then now() end)
       returning id`,
      [
        articleId,
        claimText,
        complete ? 'false' : null,
        complete ? 'The record shows otherwise.' : null,
        options.status ?? 'draft',
        demoUserIds[options.author ?? 'checker'],
        demoUserIds.editor,
      ],
    );
    const id = rows[0]!.id;
    if (complete) {
      await db.query(
        `insert into public.sources (claim_id, url, title, stance, created_by)
         values ($1, 'https://example.org/evidence', 'Evidence', 'refutes', $2)`,
        [id, demoUserIds[options.author ?? 'checker']],
      );
    }
    return { id, articleId, claimText };
  });
}

export async function arrangeSource(claimId: string, author: Role = 'checker'): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.sources (claim_id, url, title, stance, created_by)
       values ($1, 'https://example.org/another', $2, 'context', $3) returning id`,
      [claimId, marker('source'), demoUserIds[author]],
    );
    return rows[0]!.id;
  });
}

export async function arrangeComment(claimId: string, author: Role): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      'insert into public.claim_comments (claim_id, author_id, body) values ($1, $2, $3) returning id',
      [claimId, demoUserIds[author], marker('comment')],
    );
    return rows[0]!.id;
  });
}

/** The row as the superuser sees it (null when it does not exist). */
export async function rowOf(
  table: 'articles' | 'claims' | 'sources' | 'claim_comments' | 'claim_events' | 'profiles' | 'verdicts',
  id: string | number,
): Promise<Record<string, unknown> | null> {
  return withDb(async (db) => {
    const { rows } = await db.query(`select * from public.${table} where id = $1`, [id]);
    return (rows[0] as Record<string, unknown> | undefined) ?? null;
  });
}

/** How many rows of `table` have `column` equal to `value`, as the superuser sees it. */
export async function countWhere(table: string, column: string, value: unknown): Promise<number> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from public.${table} where ${column} = $1`,
      [value],
    );
    return rows[0]!.n;
  });
}

export async function eventsOf(claimId: string): Promise<Record<string, unknown>[]> {
  return withDb(async (db) => {
    const { rows } = await db.query('select * from public.claim_events where claim_id = $1 order by id', [claimId]);
    return rows as Record<string, unknown>[];
  });
}
