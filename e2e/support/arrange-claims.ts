// Claims as tests arrange them, written straight into the database as the superuser (no API
// role may set a claim's status), and claims the demo users worked on themselves, through
// the workflow functions, so their history names real people.
import pg from 'pg';
import { describeRange } from '../../src/lib/anchoring/selectors.ts';
import type { ClaimStatus } from '../../src/entities/claim-status/claim-status.ts';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import type { ArticleCopy } from './arrange-articles.ts';
import type { DemoAccount } from './demo-accounts.ts';
import { signedInClient, withE2eDb } from './stack-clients.ts';

export interface ArrangedSource {
  url: string;
  title: string;
  publisher?: string | null;
  stance: 'supports' | 'refutes' | 'context';
  quote?: string | null;
}

/** ICE's own statement, the source the arranged claims in review cite. */
export const iceStatement: ArrangedSource = {
  url: 'https://www.ice.gov/news/releases',
  title: 'ICE statement',
  publisher: 'ICE',
  quote: 'We arrested 2,200 people.',
  stance: 'supports',
};

export interface ArrangedClaim {
  /** The claim is on the first place these words stand in the article. */
  quote: string;
  claimText: string;
  claimant?: string | null;
  /** A person unless told otherwise. */
  claimantKind?: 'person' | 'organization';
  verdictId?: string | null;
  rationale?: string | null;
  /** Draft unless told otherwise; past review, the demo editor reviewed it. */
  status?: ClaimStatus;
  /** The demo checker unless told otherwise. */
  createdBy?: string;
  sources?: ArrangedSource[];
}

interface Step {
  action: 'submitted' | 'approved' | 'changes_requested' | 'published';
  actor: string;
  from: ClaimStatus;
  to: ClaimStatus;
}

// A claim written as the superuser has a history naming nobody and no workflow steps; it is
// given the steps that would have brought it to its status, each by whoever takes it.
function stepsTo(status: ClaimStatus, author: string): Step[] {
  if (status === 'draft') return [];
  const steps: Step[] = [{ action: 'submitted', actor: author, from: 'draft', to: 'in_review' }];
  if (status === 'changes_requested') {
    steps.push({ action: 'changes_requested', actor: demoUserIds.editor, from: 'in_review', to: 'changes_requested' });
  }
  if (status === 'approved' || status === 'published') {
    steps.push({ action: 'approved', actor: demoUserIds.editor, from: 'in_review', to: 'approved' });
  }
  if (status === 'published') {
    steps.push({ action: 'published', actor: demoUserIds.editor, from: 'approved', to: 'published' });
  }
  return steps;
}

/** Adds the claim with its sources and history, and returns its id. */
export async function arrangeClaim(article: ArticleCopy, claim: ArrangedClaim): Promise<string> {
  const start = article.bodyText.indexOf(claim.quote);
  if (start < 0) throw new Error(`"${claim.quote}" is not in the article`);
  const anchor = describeRange(article.bodyText, start, start + claim.quote.length);
  const status = claim.status ?? 'draft';
  const author = claim.createdBy ?? demoUserIds.checker;
  const steps = stepsTo(status, author);
  const reviewer = steps.find((step) => step.action === 'approved' || step.action === 'changes_requested')?.actor ?? null;
  return withE2eDb(async (db) => {
    // As the author, so the trail names them for the claim and the sources it starts with.
    await db.query('begin');
    await db.query("select set_config('request.jwt.claim.sub', $1, true)", [author]);
    const { rows } = await db.query<{ id: string }>(
      `insert into public.claims (article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset,
         claim_text, claimant, verdict_id, rationale, status, created_by, reviewed_by, reviewed_at, published_at, claimant_kind)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
         case when $13::uuid is not null then now() end, case when $11 = 'published' then now() end, $14)
       returning id`,
      [
        article.id,
        anchor.exact,
        anchor.prefix,
        anchor.suffix,
        anchor.start,
        anchor.end,
        claim.claimText,
        claim.claimant ?? null,
        claim.verdictId ?? null,
        claim.rationale ?? null,
        status,
        author,
        reviewer,
        claim.claimantKind ?? 'person',
      ],
    );
    const id = rows[0]!.id;
    for (const source of claim.sources ?? []) {
      await db.query(
        `insert into public.sources (claim_id, url, title, publisher, quote, stance, created_by)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [id, source.url, source.title, source.publisher ?? null, source.quote ?? null, source.stance, author],
      );
    }
    await db.query('commit');
    for (const step of steps) {
      await db.query(
        `insert into public.claim_events (claim_id, actor_id, action, from_status, to_status)
         values ($1, $2, $3, $4, $5)`,
        [id, step.actor, step.action, step.from, step.to],
      );
    }
    if (status === 'published') {
      // As publish_claim does: the public pages read the publication, not the claim row.
      await db.query(`select private.record_publication($1, 'publication', null, $2)`, [id, demoUserIds.editor]);
    }
    return id;
  });
}

type DemoUser = keyof typeof demoUserIds;

/** Runs `sql` in a transaction in which auth.uid() is `user`, as in an API request. */
async function asUser(db: pg.Client, user: DemoUser, sql: string, values: unknown[]) {
  await db.query('begin');
  try {
    await db.query("select set_config('request.jwt.claim.sub', $1, true)", [demoUserIds[user]]);
    await db.query(sql, values);
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
}

/**
 * A claim on the article's first word that the demo checker created with verdict False and
 * submitted, on which the demo editor requested changes with `note`, after which the checker
 * changed the verdict to Mostly false.
 */
export async function arrangeSentBackClaim(article: ArticleCopy, note: string): Promise<string> {
  const claimId = await arrangeClaim(article, {
    quote: article.bodyText.slice(0, 3),
    claimText: 'Arrests hit a record in one day',
    claimant: 'ICE',
    verdictId: 'false',
    rationale: 'The figures say otherwise.',
    sources: [{ url: 'https://example.org/evidence', title: 'Evidence', stance: 'refutes' }],
  });
  await withE2eDb(async (db) => {
    await asUser(db, 'checker', 'select public.submit_claim($1, 1)', [claimId]);
    await asUser(db, 'editor', "select public.review_claim($1, 'request_changes', $2, 2)", [claimId, note]);
    await asUser(db, 'checker', "update public.claims set verdict_id = 'mostly_false' where id = $1", [claimId]);
  });
  return claimId;
}

/** Posts a comment through the API as a demo user, so row-level security judges it as usual. */
export async function commentAs(account: DemoAccount, claimId: string, body: string) {
  const client = await signedInClient(account);
  const { error } = await client.from('claim_comments').insert({ claim_id: claimId, body });
  if (error) throw error;
  await client.auth.signOut();
}

/**
 * A published correction of a published claim, as publish_claim records one after the
 * four-eyes review: the claim's new verdict (and rationale, when given) and the public note.
 */
export async function arrangeCorrection(claimId: string, change: { verdictId: string; rationale?: string }, note: string) {
  await withE2eDb(async (db) => {
    await db.query('update public.claims set verdict_id = $2, rationale = coalesce($3, rationale) where id = $1', [
      claimId,
      change.verdictId,
      change.rationale ?? null,
    ]);
    await db.query(`select private.record_publication($1, 'correction', $2, $3)`, [claimId, note, demoUserIds.editor]);
  });
}

/** The retraction of a published claim with its public note, as retract_claim records it. */
export async function arrangeRetraction(claimId: string, note: string) {
  await withE2eDb(async (db) => {
    await db.query(`select private.record_publication($1, 'retraction', $2, $3)`, [claimId, note, demoUserIds.admin]);
    await db.query(`update public.claims set status = 'retracted' where id = $1`, [claimId]);
  });
}
