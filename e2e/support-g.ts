// Helpers for the public page specs: a private copy of the seed article with claims in every
// state that matters to a reader (published, in review, draft), written straight into the
// database as the superuser, since no API role may set a claim's status.
import { demoUserIds, seedArticleId } from '../stack/seed/seed-ids.ts';
import { withE2eDb } from './support.ts';

export interface ArrangedClaim {
  id: string;
  quote: string;
  claimText: string;
  claimant: string | null;
}

export interface ClaimPlan {
  quote: string;
  claimText: string;
  claimant?: string | null;
  status: 'draft' | 'in_review' | 'published';
  verdictId?: string | null;
  rationale?: string | null;
  sources?: { url: string; title: string; publisher: string; stance: 'supports' | 'refutes' | 'context'; quote: string }[];
}

export interface PublicArticleCopy {
  id: string;
  title: string;
  url: string;
  claims: ArrangedClaim[];
}

export const articleCopyUrl = 'https://www.example.com/news/ice-record-arrests';

/** Copies the seed article under a unique title and adds the planned claims, in one transaction. */
export async function arrangePublicArticle(title: string, plans: ClaimPlan[]): Promise<PublicArticleCopy> {
  const uniqueTitle = `${title} ${crypto.randomUUID().slice(0, 8)}`;
  return withE2eDb(async (client) => {
    await client.query('begin');
    try {
      const article = await client.query<{ id: string; body_text: string }>(
        `insert into public.articles (newsroom_id, title, url, publisher, published_at, body, body_text, created_by)
         select newsroom_id, $1, $2, 'Example News', published_at, body, body_text, $3
         from public.articles where id = $4
         returning id, body_text`,
        [uniqueTitle, articleCopyUrl, demoUserIds.checker, seedArticleId],
      );
      const { id: articleId, body_text: bodyText } = article.rows[0]!;
      const claims: ArrangedClaim[] = [];
      for (const plan of plans) {
        const start = bodyText.indexOf(plan.quote);
        if (start < 0) throw new Error(`"${plan.quote}" is not in the article`);
        const end = start + plan.quote.length;
        const published = plan.status === 'published';
        const claim = await client.query<{ id: string }>(
          `insert into public.claims (article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset,
             claim_text, claimant, verdict_id, rationale, status, created_by, reviewed_by, reviewed_at, published_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)
           returning id`,
          [
            articleId,
            plan.quote,
            bodyText.slice(Math.max(0, start - 32), start),
            bodyText.slice(end, end + 32),
            start,
            end,
            plan.claimText,
            plan.claimant ?? null,
            plan.verdictId ?? null,
            plan.rationale ?? null,
            plan.status,
            demoUserIds.checker,
            published ? demoUserIds.editor : null,
            published ? new Date().toISOString() : null,
          ],
        );
        const claimId = claim.rows[0]!.id;
        for (const source of plan.sources ?? []) {
          await client.query(
            `insert into public.sources (claim_id, url, title, publisher, stance, quote, created_by)
             values ($1, $2, $3, $4, $5, $6, $7)`,
            [claimId, source.url, source.title, source.publisher, source.stance, source.quote, demoUserIds.checker],
          );
        }
        claims.push({ id: claimId, quote: plan.quote, claimText: plan.claimText, claimant: plan.claimant ?? null });
      }
      await client.query('commit');
      return { id: articleId, title: uniqueTitle, url: articleCopyUrl, claims };
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  });
}

export async function deletePublicArticle(articleId: string) {
  await withE2eDb((client) => client.query('delete from public.articles where id = $1', [articleId]));
}
