// The comment being written, kept in sessionStorage per claim so that a reload, a trip to
// another claim and back, or the page re-rendering from scratch does not lose what was typed.
import { useEffect, useState } from 'react';

function storageKey(claimId: string) {
  return `factmark:comment-draft:${claimId}`;
}

function readDraft(claimId: string): string {
  try {
    return sessionStorage.getItem(storageKey(claimId)) ?? '';
  } catch {
    return '';
  }
}

export function useCommentDraft(claimId: string) {
  const [draft, setDraft] = useState(() => readDraft(claimId));
  useEffect(() => {
    try {
      if (draft === '') sessionStorage.removeItem(storageKey(claimId));
      else sessionStorage.setItem(storageKey(claimId), draft);
    } catch {
      // Storage can be full or disabled; the draft then lives only as long as the page.
    }
  }, [claimId, draft]);
  return [draft, setDraft] as const;
}
