// Ends the current task so the browser can handle input and paint before work goes on:
// scheduler.yield() where there is one (Chromium), which resumes ahead of other queued tasks,
// else a zero-delay timeout.
interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
