// The review queue: every claim in review, oldest submission first, filterable by article
// and by checker. j/k move the selection (and focus) through the rows; Enter on the
// focused row's link opens the review view. The editor's own claims are listed but
// marked as needing another editor.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { QueueItem } from '../api/get-review-queue';
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

export function ReviewQueue({ viewer }: { viewer: MemberViewer }) {
  const queue = useQuery(reviewQueries.queue(viewer.newsroom.id));
  const [articleId, setArticleId] = useState(allValue);
  const [checkerId, setCheckerId] = useState(allValue);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const links = useRef(new Map<string, HTMLAnchorElement>());

  const items = useMemo(() => queue.data ?? [], [queue.data]);
  const shown = useMemo(
    () =>
      items.filter(
        (item) =>
          (articleId === allValue || item.article_id === articleId) &&
          (checkerId === allValue || item.created_by === checkerId),
      ),
    [items, articleId, checkerId],
  );

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

  if (queue.isPending) return <LoadingStatus>Loading the review queue…</LoadingStatus>;
  if (queue.isError) {
    return (
      <ErrorAlert title="The review queue could not be loaded.">
        <p>{queue.error.message}</p>
      </ErrorAlert>
    );
  }

  const articles = uniqueOptions(items, (item) => (item.article ? { id: item.article.id, name: item.article.title } : null));
  const checkers = uniqueOptions(items, (item) =>
    item.created_by === null ? null : { id: item.created_by, name: item.author?.display_name ?? 'Unknown' },
  );

  return (
    <>
      <p className="review-hint">
        {items.length === 1 ? '1 claim waits' : `${items.length} claims wait`} for review, oldest first. Press j and k to
        move through the queue and Enter to open a claim.
      </p>
      <div className="review-filters">
        <QueueFilter label="Article" allLabel="All articles" options={articles} value={articleId} onChange={setArticleId} />
        <QueueFilter label="Checker" allLabel="All checkers" options={checkers} value={checkerId} onChange={setCheckerId} />
      </div>
      {shown.length === 0 ? (
        <p>{items.length === 0 ? 'Nothing waits for review.' : 'No claim in review matches these filters.'}</p>
      ) : (
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
          <tbody>
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
      )}
    </>
  );
}
