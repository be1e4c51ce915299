// The public page of one fact-check (/p/<article id>/<claim id>), built from the claim's
// publications only: the latest (its verdict, or its retraction instead), each correction's
// dated note, every earlier version readable, and exactly one ClaimReview (none once
// retracted). Members of the claim's newsroom may copy that ClaimReview for their own site.
import { useQueries } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { ExternalLink } from '../../../components/external-link';
import { LoadingStatus } from '../../../components/loading-status';
import { useViewer } from '../../../entities/viewer/hooks/use-viewer';
import { roleIn } from '../../../entities/viewer/utils/roles';
import { serializeJsonLd } from '../../../lib/claim-review/build-claim-review';
import { formatCalendarDate } from '../../../lib/format-date';
import { safeExternalUrl } from '../../../lib/safe-external-url';
import type { PublicArticle } from '../api/get-public-article';
import { publicPageQueries } from '../api/public-page-queries';
import { usePageMeta } from '../hooks/use-page-meta';
import { buildClaimReview } from '../utils/claim-review';
import { newsroomOrganization } from '../utils/organization';
import { datedHeading, revisionNotes } from '../utils/publication-history';
import type { Publication } from '../utils/publication';
import { verdictStyle } from './claim-marker';
import { ClaimReviewScript } from './claim-review-script';
import { CopyClaimReview } from './copy-claim-review';
import { NewsroomByline } from './newsroom-byline';
import { PublishedSources } from './published-sources';
import { QuoteInSentence } from './quote-in-sentence';
import { Rationale } from './rationale';
import './public-page.css';

function NoFactCheck() {
  usePageMeta('No published fact-check · Factmark', 'There is no published fact-check at this address.');
  return (
    <div className="public-page">
      <h1>No published fact-check here</h1>
      <p>Either this fact-check does not exist or it has not been published yet.</p>
    </div>
  );
}

function Verdict({ publication }: { publication: Publication }) {
  if (publication.verdict === null) return null;
  const style = verdictStyle(publication.verdict.color);
  return (
    <p className="public-claim-verdict">
      Verdict:{' '}
      <span className="public-verdict" style={style}>
        {publication.verdict.label}
      </span>
    </p>
  );
}

function EarlierVersions({ revisions }: { revisions: readonly Publication[] }) {
  if (revisions.length === 0) return null;
  return (
    <details className="public-earlier">
      <summary>Earlier versions ({revisions.length})</summary>
      <ol reversed>
        {[...revisions].reverse().map((revision) => (
          <li key={revision.revision} className="public-earlier-version">
            <h3>
              Version {revision.revision}: <time dateTime={revision.publishedAt}>{datedHeading(revision.kind, revision.publishedAt)}</time>
            </h3>
            <p>
              Verdict: <strong>{revision.verdict?.label ?? 'none'}</strong>
            </p>
            <p>Claim: {revision.claimText}</p>
            <Rationale html={revision.rationale} />
          </li>
        ))}
      </ol>
    </details>
  );
}

function ClaimFactCheck({ article, revisions }: { article: PublicArticle; revisions: Publication[] }) {
  const viewer = useViewer();
  const first = revisions[0]!;
  const latest = revisions.at(-1)!;
  const retracted = latest.kind === 'retraction';
  const organization = newsroomOrganization(article.newsroom, window.location.origin);
  const pageUrl = `${window.location.origin}/p/${article.id}/${latest.claimId}`;
  const review = buildClaimReview({
    revisions,
    article: { title: article.title, url: article.url, publishedAt: article.published_at },
    pageUrl,
    organization,
  });
  const notes = revisionNotes(revisions);
  const member = roleIn(viewer.data, latest.newsroomId) !== null;
  const originalUrl = safeExternalUrl(article.url);
  const articleDate = article.published_at === null ? null : formatCalendarDate(article.published_at);
  const claimDate = latest.claimDate === null ? null : formatCalendarDate(latest.claimDate);
  const retraction = retracted ? notes[0] : undefined;

  usePageMeta(
    `${retracted ? 'Retracted' : latest.verdict?.label}: ${latest.claimText} · ${organization.name}`,
    retracted
      ? `${organization.name} retracted its fact-check of “${latest.claimText}”.`
      : `${organization.name} rated “${latest.claimText}”${latest.claimant === null ? '' : ` (${latest.claimant})`}: ${latest.verdict?.label}.`,
  );

  return (
    <div className="public-page public-claim-page">
      {review !== null && <ClaimReviewScript review={review} />}
      <header className="public-page-intro">
        <p className="breadcrumb">
          <Link href={`/p/${article.id}`}>All fact-checks of “{article.title}”</Link> ·{' '}
          <Link href={`/n/${article.newsroom.slug}`}>All fact-checks by {organization.name}</Link>
        </p>
        <h1>{latest.claimText}</h1>
        <NewsroomByline organization={organization} />
        <p className="public-claim-dates">
          <time dateTime={first.publishedAt}>{datedHeading('publication', first.publishedAt)}</time>
          {latest !== first && latest.kind === 'correction' && (
            <>
              {'; '}
              <time dateTime={latest.publishedAt}>{datedHeading('correction', latest.publishedAt).toLowerCase()}</time>
            </>
          )}
          .
        </p>
      </header>
      {retraction !== undefined ? (
        <section className="public-retraction" aria-labelledby="public-retraction-heading">
          <h2 id="public-retraction-heading">This fact-check was retracted</h2>
          <p>
            <strong>
              <time dateTime={retraction.publishedAt}>{retraction.heading}</time>:
            </strong>{' '}
            {retraction.note}
          </p>
          <p>Its verdict no longer stands. The versions published before the retraction are kept below.</p>
        </section>
      ) : (
        <Verdict publication={latest} />
      )}
      {latest.claimant !== null && (
        <p className="public-claim-claimant">
          Claimed by <strong>{latest.claimant}</strong>
          {claimDate === null ? '' : `, ${claimDate}`}
        </p>
      )}
      <section aria-labelledby="public-quote-heading">
        <h2 id="public-quote-heading">What was said</h2>
        <QuoteInSentence sentence={latest.quoteSentence} quote={latest.quoteExact} />
        <p>
          In “{article.title}”
          {[article.publisher?.trim(), articleDate].filter(Boolean).length > 0 && ` (${[article.publisher?.trim(), articleDate].filter(Boolean).join(', ')})`}.
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
      </section>
      {notes.some((note) => note.kind === 'correction') && (
        <section className="public-corrections" aria-labelledby="public-corrections-heading">
          <h2 id="public-corrections-heading">Corrections</h2>
          <ul>
            {notes
              .filter((note) => note.kind === 'correction')
              .map((note) => (
                <li key={note.revision}>
                  <strong>
                    <time dateTime={note.publishedAt}>{note.heading}</time>:
                  </strong>{' '}
                  {note.note}
                  {note.verdictChange !== null && <> {note.verdictChange}.</>}
                </li>
              ))}
          </ul>
        </section>
      )}
      {!retracted && latest.rationale !== null && (
        <section aria-labelledby="public-rationale-heading">
          <h2 id="public-rationale-heading">Why</h2>
          <Rationale html={latest.rationale} />
        </section>
      )}
      <PublishedSources sources={latest.sources} headingLevel="h2" />
      <EarlierVersions revisions={revisions.slice(0, -1)} />
      {member && review !== null && <CopyClaimReview block={`<script type="application/ld+json">${serializeJsonLd(review)}</script>`} />}
    </div>
  );
}

export function PublicClaimPage({ articleId, claimId }: { articleId: string; claimId: string }) {
  const [article, revisions] = useQueries({
    queries: [publicPageQueries.article(articleId), publicPageQueries.claimPublications(claimId)],
  });
  if (article.isError || revisions.isError) {
    return (
      <ErrorAlert title="This fact-check could not be loaded.">
        <p>Check your connection and try again.</p>
        <button
          type="button"
          onClick={() => {
            void article.refetch();
            void revisions.refetch();
          }}
        >
          Try again
        </button>
      </ErrorAlert>
    );
  }
  if (article.isPending || revisions.isPending) return <LoadingStatus>Loading the fact-check…</LoadingStatus>;
  if (article.data === null || revisions.data.length === 0 || revisions.data[0]!.articleId !== article.data.id) return <NoFactCheck />;
  return <ClaimFactCheck article={article.data} revisions={revisions.data} />;
}
