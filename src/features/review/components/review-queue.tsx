// The review queue: every claim in review, oldest submission first, a page at a time with the
// exact count, filterable (by the server) by article and by checker. j/k move the selection
// (and focus) through the rows; Enter on the focused row's link opens the review view. The
// editor's own claims are listed but marked as needing another editor.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { LoadMore } from '../../../components/load-more';
import { claimCountsQueries } from '../../../entities/claim-counts/api/claim-counts-queries';
import { countClaims } from '../../../entities/claim-counts/utils/count-claims';
import type { QueueItem } from '../api/get-review-queue';
import { flattenPages } from '../../../lib/keyset';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { reviewQueries } from '../api/review-queries';
import { formatDateTime } from '../../../lib/format-date';
import { isPlainKeyOutsideFields, stepThroughQueue } from '../utils/queue-navigation';
import { VerdictBadge } from '../../../entities/verdicts/components/verdict-badge';
import './review.css';

const allValue = '';

function uniqueOptions(items: QueueItem[], pick: (item: QueueItem) => { id: string; name: string } | null) {
  const options = new Map<string, string>();
  for (const item of items) {
    const option = pick(item);
    if (option !== null) options.set(option.id, option.name);
  }
  return [...options].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

function QueueFilter({
  label,
  allLabel,
  options,
  value,
  onChange,
}: {
  label: string;
  allLabel: string;
  options: { id: string; name: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={allValue}>{allLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function orNull(value: string) {
  return value === allValue ? null : value;
}

export function ReviewQueue({ viewer }: { viewer: MemberViewer }) {
  const [articleId, setArticleId] = useState(allValue);
  const [checkerId, setCheckerId] = useState(allValue);
  const filters = { articleId: orNull(articleId), checkerId: orNull(checkerId) };
  // The whole queue's first pages name the articles and checkers to filter by.
  const everything = useInfiniteQuery({ ...reviewQueries.queue(viewer.newsroom.id), select: flattenPages });
  const queue = useInfiniteQuery(reviewQueries.queue(viewer.newsroom.id, filters));
  const counts = useQuery(claimCountsQueries.ofNewsroom(viewer.newsroom.id));
  const checkerCounts = useQuery({ ...claimCountsQueries.ofNewsroom(viewer.newsroom.id, filters.checkerId), enabled: filters.checkerId !== null });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const links = useRef(new Map<string, HTMLAnchorElement>());
  const rowsRef = useRef<HTMLTableSectionElement>(null);

  const shown = useMemo(() => (queue.data === undefined ? [] : flattenPages(queue.data)), [queue.data]);
  const inReview = (rows: typeof counts.data) => (rows === undefined ? undefined : countClaims(rows, { status: 'in_review' }));
  const waiting = inReview(counts.data);
  // One article's claims are counted with its first page; a checker's and the newsroom's by the claim counts.
  const total =
    filters.articleId !== null ? (queue.data?.pages[0]?.count ?? undefined) : filters.checkerId !== null ? inReview(checkerCounts.data) : waiting;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key !== 'j' && event.key !== 'k') || !isPlainKeyOutsideFields(event)) return;
      const next = stepThroughQueue(
        shown.map((item) => item.id),
        selectedId,
        event.key === 'j' ? 1 : -1,
      );
      if (next === null) return;
      event.preventDefault();
      setSelectedId(next);
      links.current.get(next)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shown, selectedId]);

  if (everything.isPending) return <LoadingStatus>Loading the review queue…</LoadingStatus>;
  if (everything.isError || queue.isError) {
    return (
      <ErrorAlert title="The review queue could not be loaded.">
        <p>{(everything.error ?? queue.error)?.message}</p>
      </ErrorAlert>
    );
  }

  const items = everything.data;
  const articles = uniqueOptions(items, (item) => (item.article ? { id: item.article.id, name: item.article.title } : null));
  const checkers = uniqueOptions(items, (item) =>
    item.created_by === null ? null : { id: item.created_by, name: item.author?.display_name ?? 'Unknown' },
  );

  return (
    <>
      <p className="review-hint">
        {waiting === undefined ? 'Claims wait' : waiting === 1 ? '1 claim waits' : `${waiting.toLocaleString('en')} claims wait`} for
        review, oldest first. Press j and k to move through the queue and Enter to open a claim.
      </p>
      <div className="review-filters">
        <QueueFilter label="Article" allLabel="All articles" options={articles} value={articleId} onChange={setArticleId} />
        <QueueFilter label="Checker" allLabel="All checkers" options={checkers} value={checkerId} onChange={setCheckerId} />
      </div>
      {queue.isPending ? (
        <LoadingStatus>Loading the claims…</LoadingStatus>
      ) : shown.length === 0 ? (
        <p>{items.length === 0 ? 'Nothing waits for review.' : 'No claim in review matches these filters.'}</p>
      ) : (
        <>
        <table className="review-table">
          <caption className="visually-hidden">Claims in review, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Article</th>
              <th scope="col">Checker</th>
              <th scope="col">Verdict</th>
              <th scope="col">Submitted</th>
            </tr>
          </thead>
          <tbody ref={rowsRef}>
            {shown.map((item) => {
              const own = item.created_by === viewer.id;
              return (
                <tr key={item.id} className={item.id === selectedId ? 'review-row-selected' : undefined}>
                  <td>
                    <Link
                      to={`/review/${item.id}`}
                      ref={(element: HTMLAnchorElement | null) => {
                        if (element === null) links.current.delete(item.id);
                        else links.current.set(item.id, element);
                      }}
                      onFocus={() => setSelectedId(item.id)}
                    >
                      {item.claim_text}
                    </Link>
                    {own && <p className="review-own-claim">Your claim — another editor must review it</p>}
                  </td>
                  <td>{item.article?.title ?? 'Unknown article'}</td>
                  <td>{item.author?.display_name ?? 'Unknown'}</td>
                  <td>
                    <VerdictBadge verdict={item.verdict} />
                  </td>
                  <td>
                    <time dateTime={item.updated_at}>{formatDateTime(item.updated_at)}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <LoadMore
          shown={shown.length}
          total={total}
          noun={['claim', 'claims']}
          hasMore={queue.hasNextPage}
          loading={queue.isFetchingNextPage}
          onLoadMore={() => void queue.fetchNextPage()}
          listRef={rowsRef}
        />
        </>
      )}
    </>
  );
}
