// The public fact-check page of an article: the text with its published claims highlighted,
// a card per claim, and a ClaimReview (JSON-LD) per claim for search engines. Readers need no
// account, and the page loads no editor: the stored document is rendered by ArticleBody.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { ExternalLink } from '../../../components/external-link';
import { LoadingStatus } from '../../../components/loading-status';
import { formatCalendarDate, formatDateTime } from '../../../lib/format-date';
import { safeExternalUrl } from '../../../lib/safe-external-url';
import { buildClaimReview, type ClaimReview } from '../../../lib/claim-review/build-claim-review';
import type { ArticleRevision } from '../api/get-article-revisions';
import type { PublicArticle } from '../api/get-public-article';
import type { Verdict } from '../../../entities/verdicts/api/get-verdicts';
import { verdictQueries } from '../../../entities/verdicts/api/verdict-queries';
import type { PublishedClaim } from '../api/get-published-claims';
import { publicPageQueries } from '../api/public-page-queries';
import { bodyTextOfDocument, layoutDocument } from '../utils/document-layout';
import { newsroomOrganization } from '../utils/organization';
import { publishedHighlights } from '../utils/published-highlights';
import { ArticleBody } from './article-body';
import { ClaimReviewCard } from './claim-review-card';
import { verdictStyle, type ClaimMarker } from './claim-marker';
import { ClaimReviewScript } from './claim-review-script';
import { NewsroomByline } from './newsroom-byline';
import './public-page.css';

function NoFactCheck() {
  return (
    <div className="public-page">
      <title>No published fact-check · Factmark</title>
      <h1>No published fact-check for this article</h1>
      <p>Either this article does not exist or none of its claims has been published yet.</p>
    </div>
  );
}

// The revisions made after the first of its claims was published: what readers are told.
function revisionsAfterPublication(revisions: readonly ArticleRevision[], claims: readonly PublishedClaim[]): ArticleRevision[] {
  const published = claims.flatMap((claim) => (claim.published_at === null ? [] : [Date.parse(claim.published_at)]));
  if (published.length === 0) return [];
  const firstPublished = Math.min(...published);
  return revisions.filter((revision) => Date.parse(revision.created_at) > firstPublished);
}

function RevisionNotice({ revisions }: { revisions: readonly ArticleRevision[] }) {
  if (revisions.length === 0) return null;
  return (
    <div className="public-revisions">
      <p>
        <strong>The article’s text was changed after it was fact-checked.</strong> A fact-check whose words are gone says so.
      </p>
      <ul>
        {revisions.map((revision) => (
          <li key={revision.id}>
            <time dateTime={revision.created_at}>{formatDateTime(revision.created_at)}</time>: {revision.note ?? 'no reason given'}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FactCheck({
  article,
  claims,
  verdicts,
  revisions,
}: {
  article: PublicArticle;
  claims: PublishedClaim[];
  verdicts: Verdict[];
  revisions: ArticleRevision[];
}) {
  const highlights = useMemo(() => publishedHighlights(bodyTextOfDocument(article.body), claims), [article.body, claims]);
  const layout = useMemo(() => layoutDocument(article.body, highlights), [article.body, highlights]);
  const highlightedIds = new Set(highlights.map((highlight) => highlight.claimId));
  const verdictsById = new Map(verdicts.map((verdict) => [verdict.id, verdict]));
  const markers = new Map<string, ClaimMarker>(
    claims.map((claim, index) => {
      const verdict = claim.verdict_id === null ? undefined : verdictsById.get(claim.verdict_id);
      return [claim.id, { number: index + 1, label: verdict?.label ?? 'No verdict', style: verdictStyle(verdict?.color) }];
    }),
  );

  const organization = newsroomOrganization(article.newsroom, window.location.origin);
  const pageUrl = `${window.location.origin}/p/${article.id}`;
  const reviews: { claimId: string; review: ClaimReview }[] = claims.flatMap((claim) => {
    const verdict = claim.verdict_id === null ? undefined : verdictsById.get(claim.verdict_id);
    if (verdict === undefined) return [];
    const review = buildClaimReview({
      claim: { id: claim.id, claimText: claim.claim_text, claimant: claim.claimant, publishedAt: claim.published_at },
      verdict: { label: verdict.label, ratingValue: verdict.rating_value },
      article: { title: article.title, url: article.url, publishedAt: article.published_at },
      pageUrl,
      organization: { name: organization.name, url: organization.url },
    });
    return [{ claimId: claim.id, review }];
  });

  const originalUrl = safeExternalUrl(article.url);
  const publishedOn = article.published_at === null ? null : formatCalendarDate(article.published_at);
  const byline = [article.publisher?.trim(), publishedOn].filter((part) => part !== undefined && part !== null && part !== '').join(', ');

  return (
    <div className="public-page">
      <title>{`Fact-check: ${article.title} · ${organization.name}`}</title>
      {reviews.map(({ claimId, review }) => (
        <ClaimReviewScript key={claimId} review={review} />
      ))}
      <header className="public-page-intro">
        <h1>Fact-check of “{article.title}”</h1>
        <NewsroomByline organization={organization} />
        <p>
          {organization.name} checked {claims.length === 1 ? 'one claim' : `${claims.length} claims`} in this article
          {byline === '' ? '' : ` (${byline})`}.
          {originalUrl !== null && (
            <>
              {' '}
              <ExternalLink className="public-source-link" href={originalUrl}>
                Read the original article
              </ExternalLink>
              .
            </>
          )}
        </p>
        <RevisionNotice revisions={revisionsAfterPublication(revisions, claims)} />
        <p className="public-page-legend">
          Checked words are highlighted in the colour of their verdict and followed by a numbered label naming it; the label leads to the
          fact-check.
        </p>
      </header>
      <div className="public-page-layout">
        <section className="public-page-article" aria-labelledby="public-article-heading">
          <h2 id="public-article-heading" className="visually-hidden">
            The article
          </h2>
          <ArticleBody layout={layout} markers={markers} />
        </section>
        <section className="public-page-claims" aria-labelledby="public-claims-heading">
          <h2 id="public-claims-heading">Fact-checks</h2>
          {claims.map((claim) => (
            <ClaimReviewCard key={claim.id} claim={claim} marker={markers.get(claim.id)!} highlighted={highlightedIds.has(claim.id)} />
          ))}
        </section>
      </div>
    </div>
  );
}

export function PublicArticlePage({ articleId }: { articleId: string }) {
  const [article, claims, revisions] = useQueries({
    queries: [publicPageQueries.article(articleId), publicPageQueries.publishedClaims(articleId), publicPageQueries.revisions(articleId)],
  });
  // The verdicts are those of the article's newsroom's scale (the ones its published claims use).
  const newsroomId = article.data?.newsroom_id ?? null;
  const verdicts = useQuery({ ...verdictQueries.scale(newsroomId ?? ''), enabled: newsroomId !== null });

  if (article.isError || claims.isError || verdicts.isError || revisions.isError) {
    return (
      <ErrorAlert title="This fact-check could not be loaded.">
        <p>Check your connection and try again.</p>
        <button
          type="button"
          onClick={() => {
            void article.refetch();
            void claims.refetch();
            void verdicts.refetch();
            void revisions.refetch();
          }}
        >
          Try again
        </button>
      </ErrorAlert>
    );
  }
  if (article.isPending || claims.isPending || revisions.isPending) return <LoadingStatus>Loading the fact-check…</LoadingStatus>;
  if (article.data === null || claims.data.length === 0) return <NoFactCheck />;
  if (verdicts.isPending) return <LoadingStatus>Loading the fact-check…</LoadingStatus>;
  return <FactCheck article={article.data} claims={claims.data} verdicts={verdicts.data} revisions={revisions.data} />;
}
