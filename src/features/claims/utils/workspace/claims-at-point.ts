// The claims under a point of the article: every highlight span from the element under the
// pointer up to the editor, innermost first, since overlapping claims nest their spans.
export function claimIdsAt(target: EventTarget | null, root: Element): string[] {
  const ids: string[] = [];
  let element = target instanceof Element ? target : null;
  while (element !== null && element !== root) {
    const id = element.getAttribute('data-claim-id');
    if (id !== null && !ids.includes(id)) ids.push(id);
    element = element.parentElement;
  }
  return ids;
}
