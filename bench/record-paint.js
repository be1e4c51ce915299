// Injected into the article page before its own scripts by bench/paint-bench.ts (plain
// JavaScript, because functions compiled by tsx cannot be serialised into a page). Records when
// the article text first shows, when every claim has a highlight (an element with data-claim-id
// in the editor) and when that frame is painted, and every long main-thread task.
/* global window, document, performance, PerformanceObserver, MutationObserver, requestAnimationFrame */
(() => {
  const expected = window.expectedHighlights;
  const record = { textAt: null, highlightedAt: null, paintedAt: null, highlights: 0, longTasks: [] };
  window.paintRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
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
