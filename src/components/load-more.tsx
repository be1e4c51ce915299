// The foot of a paged list: how much of it is shown ("Showing 50 of 1,234 claims") and a
// button that loads the next page. After a page arrives the focus moves to its first item
// (its first link or button, else the item itself), so a keyboard user carries on reading
// where the new rows start instead of being left on a button that may have gone.
import { type RefObject, useEffect, useRef } from 'react';

const focusable = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]';

function focusItem(list: HTMLElement, index: number) {
  const item = list.children.item(index);
  if (!(item instanceof HTMLElement)) return;
  const target = item.querySelector<HTMLElement>(focusable);
  if (target !== null) {
    target.focus();
    return;
  }
  item.tabIndex = -1;
  item.focus();
}

export function LoadMore({
  shown,
  total,
  noun,
  hasMore,
  loading,
  onLoadMore,
  listRef,
}: {
  shown: number;
  /** The list's exact length, when known. */
  total: number | undefined;
  /** What the list holds, singular and plural: ['claim', 'claims']. */
  noun: readonly [string, string];
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** The element whose children are the list's items (a ul, ol or tbody). */
  listRef: RefObject<HTMLElement | null>;
}) {
  const firstNew = useRef<number | null>(null);

  useEffect(() => {
    if (firstNew.current === null || loading || shown <= firstNew.current) return;
    const index = firstNew.current;
    firstNew.current = null;
    if (listRef.current !== null) focusItem(listRef.current, index);
  }, [shown, loading, listRef]);

  const count = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? noun[0] : noun[1]}`;
  const all = total ?? shown;
  return (
    <div className="load-more">
      <p className="load-more-count" aria-live="polite">
        {shown >= all && !hasMore ? count(all) : `Showing ${shown.toLocaleString('en')} of ${count(all)}`}
      </p>
      {hasMore && (
        <button
          type="button"
          className="button button-quiet"
          // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
          aria-disabled={loading}
          onClick={() => {
            if (loading) return;
            firstNew.current = shown;
            onLoadMore();
          }}
        >
          {loading ? `Loading more ${noun[1]}…` : `Show more ${noun[1]}`}
        </button>
      )}
    </div>
  );
}
