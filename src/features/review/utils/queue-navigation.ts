// Moving through the review queue with j (next) and k (previous): from nowhere, j starts at
// the first claim and k at the last; at either end the selection stays put.

export function stepThroughQueue(ids: readonly string[], currentId: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const index = currentId === null ? -1 : ids.indexOf(currentId);
  if (index < 0) return step === 1 ? ids[0]! : ids[ids.length - 1]!;
  const next = Math.min(ids.length - 1, Math.max(0, index + step));
  return ids[next]!;
}

// Single-letter shortcuts must not fire while someone types or holds a modifier.
export function isPlainKeyOutsideFields(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  if (target.isContentEditable) return false;
  return !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
