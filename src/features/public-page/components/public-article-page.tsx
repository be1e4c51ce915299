// The public page of an article (/p/<article id>): its title, publisher, date and link, the
// newsroom that checked it, and its fact-checks in reading order, each the claim's latest
// publication with the quoted words in their sentence and a link to its own page. Only when
// the article is the newsroom's own text is the whole text shown, its checked words
// highlighted. No ClaimReview here: a page with several is not eligible for Google's
// fact-check results, so each lives on its claim's page. Readers need no account.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { ExternalLink } from '../../../components/external-link';
import { LoadingStatus } from '../../../components/loading-status';
import { formatCalendarDate, formatDateTime } from '../../../lib/format-date';
import { safeExternalUrl } from '../../../lib/safe-external-url';
import type { ArticleFactCheck } from '../api/get-article-fact-checks';
import type { ArticleRevision } from '../api/get-article-revisions';
import type { ClaimAnchor } from '../api/get-claim-anchors';
import type { PublicArticle } from '../api/get-public-article';
import { publicPageQueries } from '../api/public-page-queries';
import { usePageMeta } from '../hooks/use-page-meta';
import { bodyTextOfDocument, layoutDocument } from '../utils/document-layout';
import { readingOrder } from '../utils/fact-check-order';
import { newsroomOrganization } from '../utils/organization';
import { publishedHighlights } from '../utils/published-highlights';
import { ArticleBody } from './article-body';
import { claimLabelId, verdictStyle, type ClaimMarker } from './claim-marker';
import { FactCheckSummary } from './fact-check-summary';
import { NewsroomByline } from './newsroom-byline';
import './public-page.css';

function NoFactCheck() {
  usePageMeta('No published fact-check · Factmark', 'There is no published fact-check at this address.');
  return (
    <div className="public-page">
      <h1>No published fact-check for this article</h1>
      <p>Either this article does not exist or none of its claims has been published yet.</p>
    </div>
  );
}

// The revisions of the text made after its first fact-check was published: what readers are told.
function revisionsAfterPublication(revisions: readonly ArticleRevision[], factChecks: readonly ArticleFactCheck[]): ArticleRevision[] {
  const firstPublished = Math.min(...factChecks.map((factCheck) => Date.parse(factCheck.firstPublishedAt)));
  return revisions.filter((revision) => Date.parse(revision.created_at) > firstPublished);
}

function RevisionNotice({ revisions }: { revisions: readonly ArticleRevision[] }) {
  if (revisions.length === 0) return null;
  return (
    <div className="public-revisions">
      <p>
        <strong>The article’s text was changed after it was fact-checked.</strong> Each fact-check quotes the words as they stood when it
        was published.
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

// The anchors whose claim still quotes what was published: only those place or mark a fact-check.
function matchingAnchors(anchors: readonly ClaimAnchor[], factChecks: readonly ArticleFactCheck[]): ClaimAnchor[] {
  const published = new Map(factChecks.map((factCheck) => [factCheck.claimId, factCheck.quoteExact]));
  return anchors.filter((anchor) => published.get(anchor.id) === anchor.quote_exact);
}

function OwnText({ body, factChecks, anchors }: { body: unknown; factChecks: readonly ArticleFactCheck[]; anchors: readonly ClaimAnchor[] }) {
  const highlights = useMemo(() => publishedHighlights(bodyTextOfDocument(body), anchors), [body, anchors]);
  const layout = useMemo(() => layoutDocument(body, highlights), [body, highlights]);
  const markers = new Map<string, ClaimMarker>(
    factChecks.map((factCheck, index) => [
      factCheck.claimId,
      { number: index + 1, label: factCheck.verdict?.label ?? 'Retracted', style: verdictStyle(factCheck.verdict?.color) },
    ]),
  );
  return (
    <section className="public-page-article" aria-labelledby="public-article-heading">
      <h2 id="public-article-heading" className="visually-hidden">
        The article
      </h2>
      <ArticleBody layout={layout} markers={markers} />
    </section>
  );
}

function ArticleFactChecks({
  article,
  factChecks: unordered,
  anchors: allAnchors,
  revisions,
  body,
}: {
  article: PublicArticle;
  factChecks: ArticleFactCheck[];
  anchors: ClaimAnchor[];
  revisions: ArticleRevision[];
  body: unknown;
}) {
  const anchors = matchingAnchors(allAnchors, unordered);
  const positions = new Map(anchors.flatMap((anchor) => (anchor.start_offset === null ? [] : [[anchor.id, anchor.start_offset] as const])));
  const factChecks = readingOrder(unordered, positions);
  const organization = newsroomOrganization(article.newsroom, window.location.origin);
  const ownText = article.own_text && body !== null;
  const highlighted = new Set(ownText ? publishedHighlights(bodyTextOfDocument(body), anchors).map((highlight) => highlight.claimId) : []);

  const originalUrl = safeExternalUrl(article.url);
  const publishedOn = article.published_at === null ? null : formatCalendarDate(article.published_at);
  const byline = [article.publisher?.trim(), publishedOn].filter((part) => part !== undefined && part !== null && part !== '').join(', ');
  const counted = factChecks.length === 1 ? 'one claim' : `${factChecks.length} claims`;
  usePageMeta(
    `Fact-check: ${article.title} · ${organization.name}`,
    `${organization.name} fact-checked ${counted} in “${article.title}”${byline === '' ? '' : ` (${byline})`}.`,
  );

  const cards = (
    <section className="public-page-claims" aria-labelledby="public-claims-heading">
      <h2 id="public-claims-heading">Fact-checks</h2>
      {factChecks.map((factCheck, index) => (
        <FactCheckSummary key={factCheck.claimId} factCheck={factCheck} heading="h3" number={index + 1} showQuote={!highlighted.has(factCheck.claimId)}>
          {highlighted.has(factCheck.claimId) && (
            <p className="public-claim-back">
              <a href={`#${claimLabelId(factCheck.claimId)}`}>
                Show <span className="visually-hidden">fact-check {index + 1} </span>in the article
              </a>
            </p>
          )}
        </FactCheckSummary>
      ))}
    </section>
  );

  return (
    <div className="public-page">
      <header className="public-page-intro">
        <h1>Fact-check of “{article.title}”</h1>
        <NewsroomByline organization={organization} />
        <p>
          {organization.name} checked {counted} in this article
          {byline === '' ? '' : ` (${byline})`}.
          {originalUrl !== null && (
            <>
              {' '}
              <ExternalLink className="public-source-link" href={originalUrl}>
                Read the original article
              </ExternalLink>
              .
            </>
          )}{' '}
          <Link href={`/n/${article.newsroom.slug}`}>All fact-checks by {organization.name}</Link>
        </p>
        <RevisionNotice revisions={revisionsAfterPublication(revisions, factChecks)} />
        {ownText && (
          <p className="public-page-legend">
            Checked words are highlighted in the colour of their verdict and followed by a numbered label naming it; the label leads to
            the fact-check.
          </p>
        )}
      </header>
      {ownText ? (
        <div className="public-page-layout">
          <OwnText body={body} factChecks={factChecks} anchors={anchors} />
          {cards}
        </div>
      ) : (
        cards
      )}
    </div>
  );
}

export function PublicArticlePage({ articleId }: { articleId: string }) {
  const [article, factChecks, anchors, revisions] = useQueries({
    queries: [
      publicPageQueries.article(articleId),
      publicPageQueries.articleFactChecks(articleId),
      publicPageQueries.claimAnchors(articleId),
      publicPageQueries.revisions(articleId),
    ],
  });
  const ownText = article.data?.own_text === true;
  const body = useQuery({ ...publicPageQueries.articleBody(articleId), enabled: ownText });

  if (article.isError || factChecks.isError || anchors.isError || revisions.isError || body.isError) {
    return (
      <ErrorAlert title="This fact-check could not be loaded.">
        <p>Check your connection and try again.</p>
        <button
          type="button"
          onClick={() => [article, factChecks, anchors, revisions, body].filter((query) => query.isError).forEach((query) => void query.refetch())}
        >
          Try again
        </button>
      </ErrorAlert>
    );
  }
  if (article.isPending || factChecks.isPending || anchors.isPending || revisions.isPending || (ownText && body.isPending)) {
    return <LoadingStatus>Loading the fact-check…</LoadingStatus>;
  }
  if (article.data === null || factChecks.data.length === 0) return <NoFactCheck />;
  return (
    <ArticleFactChecks
      article={article.data}
      factChecks={factChecks.data}
      anchors={anchors.data}
      revisions={revisions.data}
      body={ownText ? (body.data ?? null) : null}
    />
  );
}
