// Injected into the article page before its own scripts by bench/paint-bench.ts (plain
// JavaScript, because functions compiled by tsx cannot be serialised into a page). Records when
// the article text first shows, when every claim has a highlight (an element with data-claim-id
// in the editor) and when that frame is painted, when the side panel lists every claim (an
// element with data-claim-card), and every long main-thread task.
/* global window, document, performance, PerformanceObserver, MutationObserver, requestAnimationFrame */
(() => {
  const expected = window.expectedHighlights;
  const record = { textAt: null, highlightedAt: null, paintedAt: null, highlights: 0, cardsAt: null, longTasks: [] };
  window.paintRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // The page may render its side panel later than the highlights (in idle time, say); the
  // long-task window must cover that work too, so the bench waits for every card as well.
  const checkCards = () => {
    if (record.cardsAt !== null) return;
    if (document.querySelectorAll('[data-claim-card]').length >= expected) record.cardsAt = performance.now();
  };
  const check = () => {
    checkCards();
    const editor = document.querySelector('.ProseMirror');
    if (!editor || record.highlightedAt !== null) return;
    if (record.textAt === null && editor.textContent.length > 1000) record.textAt = performance.now();
    const ids = new Set();
    editor.querySelectorAll('[data-claim-id]').forEach((element) => ids.add(element.getAttribute('data-claim-id')));
    record.highlights = ids.size;
    if (ids.size >= expected) {
      record.highlightedAt = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => (record.paintedAt = performance.now())));
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
