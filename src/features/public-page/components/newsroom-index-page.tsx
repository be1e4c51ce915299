// A newsroom's public index (/n/<slug>): its name and logo, and its fact-checks newest
// first (each claim's latest publication; retracted ones say so), filterable by the verdicts
// they carry, "Load more" fetching the next keyset page. After "Load more" focus moves to the
// first fact-check it added, so a keyboard user carries on reading where the list grew.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { PublicNewsroom } from '../api/get-newsroom-by-slug';
import { publicPageQueries } from '../api/public-page-queries';
import { usePageMeta } from '../hooks/use-page-meta';
import { newsroomOrganization } from '../utils/organization';
import { claimCardId } from './claim-marker';
import { FactCheckSummary } from './fact-check-summary';
import { NewsroomByline } from './newsroom-byline';
import './public-page.css';

function countOf(total: number): string {
  return total === 1 ? '1 fact-check' : `${total.toLocaleString()} fact-checks`;
}

function UnknownNewsroom() {
  usePageMeta('Newsroom not found · Factmark', 'There is no newsroom at this address.');
  return (
    <div className="public-page">
      <h1>Newsroom not found</h1>
      <p>There is no newsroom at this address. Check the link you followed.</p>
    </div>
  );
}

function Index({ newsroom }: { newsroom: PublicNewsroom }) {
  const filterId = useId();
  const [verdict, setVerdict] = useState<string | null>(null);
  const verdicts = useQuery(publicPageQueries.newsroomVerdicts(newsroom.id));
  const factChecks = useInfiniteQuery(publicPageQueries.newsroomFactChecks(newsroom.id, verdict));
  const organization = newsroomOrganization(newsroom, window.location.origin);
  // Where focus goes once "Load more" brings the next page: the first card it added.
  const focusFrom = useRef<number | null>(null);
  const shown = factChecks.data?.pages.flatMap((page) => page.factChecks) ?? [];
  const total = factChecks.data?.pages[0]?.total ?? 0;

  usePageMeta(`Fact-checks by ${organization.name} · Factmark`, `Every fact-check ${organization.name} has published, newest first.`);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || factChecks.isFetchingNextPage || shown.length <= from) return;
    focusFrom.current = null;
    const added = shown[from];
    if (added !== undefined) document.getElementById(claimCardId(added.claimId))?.focus();
  });

  return (
    <div className="public-page">
      <header className="public-page-intro public-index-intro">
        {organization.logo !== null && <img className="public-index-logo" src={organization.logo} alt="" width={64} height={64} />}
        <h1>Fact-checks by {organization.name}</h1>
        {organization.website !== null && <NewsroomByline organization={organization} />}
      </header>
      <div className="public-index-filter">
        <label htmlFor={filterId}>Verdict</label>
        <select id={filterId} value={verdict ?? ''} onChange={(event) => setVerdict(event.target.value === '' ? null : event.target.value)}>
          <option value="">All verdicts</option>
          {(verdicts.data ?? []).map((option) => (
            <option key={option.label} value={option.label}>
              {`${option.label} (${option.factChecks})`}
            </option>
          ))}
        </select>
      </div>
      <p className="public-index-count" role="status">
        {factChecks.isPending ? 'Loading fact-checks…' : factChecks.isError ? '' : countOf(total)}
      </p>
      {factChecks.isError && (
        <ErrorAlert title="The fact-checks could not be loaded.">
          <button type="button" onClick={() => void factChecks.refetch()}>
            Try again
          </button>
        </ErrorAlert>
      )}
      {!factChecks.isPending && !factChecks.isError && total === 0 && (
        <p>{verdict === null ? `${organization.name} has published no fact-check yet.` : `No fact-check has the verdict ${verdict}.`}</p>
      )}
      {shown.length > 0 && (
        <ul className="public-index-list" aria-label={`Fact-checks by ${organization.name}`}>
          {shown.map((factCheck) => (
            <li key={factCheck.claimId}>
              <FactCheckSummary factCheck={factCheck} heading="h2" showQuote />
            </li>
          ))}
        </ul>
      )}
      {factChecks.hasNextPage && (
        <button
          type="button"
          className="public-index-more"
          disabled={factChecks.isFetchingNextPage}
          onClick={() => {
            focusFrom.current = shown.length;
            void factChecks.fetchNextPage();
          }}
        >
          {factChecks.isFetchingNextPage ? 'Loading more fact-checks…' : `Load more fact-checks (${shown.length} of ${total} shown)`}
        </button>
      )}
    </div>
  );
}

export function NewsroomIndexPage({ slug }: { slug: string }) {
  const newsroom = useQuery(publicPageQueries.newsroom(slug));
  if (newsroom.isError) {
    return (
      <ErrorAlert title="This newsroom's fact-checks could not be loaded.">
        <button type="button" onClick={() => void newsroom.refetch()}>
          Try again
        </button>
      </ErrorAlert>
    );
  }
  if (newsroom.isPending) return <LoadingStatus>Loading the fact-checks…</LoadingStatus>;
  if (newsroom.data === null) return <UnknownNewsroom />;
  return <Index newsroom={newsroom.data} />;
}
