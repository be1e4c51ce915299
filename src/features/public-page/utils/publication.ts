// A publication of a claim as the public pages use it: one row of claim_publications (or of
// the latest_claim_publications view, whose columns PostgREST types as nullable), checked
// once here so the pages and the ClaimReview builder work with definite values. A row
// missing what the table guarantees is a schema change, not something to show: the fetcher
// fails with a RequestError, as for any answer it cannot use.
import { RequestError } from '../../../entities/request-error/request-error';
import type { Json } from '../../../lib/database.types';

export type PublicationKind = 'publication' | 'correction' | 'retraction';
export type ClaimantKind = 'person' | 'organization';

export interface PublishedSource {
  url: string;
  title: string | null;
  publisher: string | null;
  quote: string | null;
  stance: string;
}

export interface Publication {
  id: number;
  claimId: string;
  articleId: string;
  newsroomId: string;
  revision: number;
  kind: PublicationKind;
  claimText: string;
  claimant: string | null;
  claimantKind: ClaimantKind;
  // A date (YYYY-MM-DD) as PostgREST sends it.
  claimDate: string | null;
  claimAppearanceUrl: string | null;
  quoteExact: string;
  quoteSentence: string | null;
  // Null for a retraction, which withdraws the verdict.
  verdict: { label: string; color: string | null; ratingValue: number | null } | null;
  rationale: string | null;
  sources: PublishedSource[];
  note: string | null;
  // A timestamptz as PostgREST sends it.
  publishedAt: string;
}

export interface PublicationRow {
  id: number | null;
  claim_id: string | null;
  article_id: string | null;
  newsroom_id: string | null;
  revision: number | null;
  kind: string | null;
  claim_text: string | null;
  claimant: string | null;
  claimant_kind: string | null;
  claim_date: string | null;
  claim_appearance_url: string | null;
  quote_exact: string | null;
  quote_sentence: string | null;
  verdict_label: string | null;
  verdict_color: string | null;
  verdict_rating_value: number | null;
  rationale: string | null;
  sources: Json | null;
  note: string | null;
  published_at: string | null;
}

function unusable(message: string): RequestError {
  return new RequestError({ message, code: 'unexpected_publication', status: 200 });
}

function required<T>(value: T | null, column: string): T {
  if (value === null) throw unusable(`A publication came without its ${column}.`);
  return value;
}

function text(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function sourcesOf(value: Json | null): PublishedSource[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return [];
    const url = text(item.url);
    if (url === null) return [];
    return [{ url, title: text(item.title), publisher: text(item.publisher), quote: text(item.quote), stance: text(item.stance) ?? 'context' }];
  });
}

function kindOf(value: string): PublicationKind {
  if (value === 'publication' || value === 'correction' || value === 'retraction') return value;
  throw unusable(`Unknown publication kind "${value}".`);
}

export function publicationFromRow(row: PublicationRow): Publication {
  const kind = kindOf(required(row.kind, 'kind'));
  return {
    id: required(row.id, 'id'),
    claimId: required(row.claim_id, 'claim_id'),
    articleId: required(row.article_id, 'article_id'),
    newsroomId: required(row.newsroom_id, 'newsroom_id'),
    revision: required(row.revision, 'revision'),
    kind,
    claimText: required(row.claim_text, 'claim_text'),
    claimant: row.claimant?.trim() || null,
    claimantKind: row.claimant_kind === 'organization' ? 'organization' : 'person',
    claimDate: row.claim_date,
    claimAppearanceUrl: row.claim_appearance_url,
    quoteExact: required(row.quote_exact, 'quote_exact'),
    quoteSentence: row.quote_sentence,
    verdict:
      kind === 'retraction' || row.verdict_label === null
        ? null
        : { label: row.verdict_label, color: row.verdict_color, ratingValue: row.verdict_rating_value },
    rationale: row.rationale,
    sources: sourcesOf(row.sources),
    note: row.note?.trim() || null,
    publishedAt: required(row.published_at, 'published_at'),
  };
}
