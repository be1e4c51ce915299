// The claim panel's working copy: the form values, the claim's id and the version they are
// based on. Every change is written to localStorage at once; the copy is dropped only when
// the claim is saved or the user discards it.
import { useCallback, useRef, useState } from 'react';
import type { Claim } from '../../api/claim-types';
import {
  claimDraftKey,
  readClaimDraft,
  removeClaimDraft,
  writeClaimDraft,
  type DraftState,
} from '../../utils/claim-form/claim-draft-storage';
import type { ClaimFormValues } from '../../utils/claim-form/claim-form-values';

type WorkingCopy = {
  key: string;
  claimId: string;
  baseVersion: number | null;
  values: ClaimFormValues;
  draft: DraftState;
};

export function useClaimDraft({
  articleId,
  draftKey,
  claimId,
  baseVersion,
  values,
}: {
  articleId: string;
  draftKey: string;
  claimId: string;
  baseVersion: number | null;
  values: ClaimFormValues;
}) {
  const [copy, setCopy] = useState<WorkingCopy>(() => {
    const stored = readClaimDraft(localStorage, draftKey);
    if (stored === null) return { key: draftKey, claimId, baseVersion, values, draft: 'none' };
    return {
      key: draftKey,
      claimId: stored.claimId,
      baseVersion: stored.baseVersion,
      values: stored.values,
      draft: 'restored',
    };
  });
  // Event handlers read the latest copy without waiting for a render.
  const latest = useRef(copy);

  const commit = useCallback((next: WorkingCopy) => {
    latest.current = next;
    setCopy(next);
  }, []);

  const keep = useCallback(
    (next: Omit<WorkingCopy, 'draft'>): WorkingCopy => {
      const stored = writeClaimDraft(localStorage, next.key, {
        claimId: next.claimId,
        baseVersion: next.baseVersion,
        values: next.values,
        savedAt: new Date().toISOString(),
      });
      return { ...next, draft: stored ? 'kept' : 'not-kept' };
    },
    [],
  );

  const update = useCallback(
    (change: (values: ClaimFormValues) => ClaimFormValues) => {
      const current = latest.current;
      commit(keep({ ...current, values: change(current.values) }));
    },
    [commit, keep],
  );

  // After a conflict, the user's values now apply to the latest version.
  const rebase = useCallback(
    (version: number) => commit(keep({ ...latest.current, baseVersion: version })),
    [commit, keep],
  );

  // The user chose the server's copy: theirs is dropped.
  const replace = useCallback(
    (values: ClaimFormValues, version: number) => {
      removeClaimDraft(localStorage, latest.current.key);
      commit({ ...latest.current, values, baseVersion: version, draft: 'none' });
    },
    [commit],
  );

  // The server has what was sent. Changes typed while it was on its way stay in a draft.
  const saved = useCallback(
    (claim: Claim, sent: ClaimFormValues) => {
      const current = latest.current;
      removeClaimDraft(localStorage, current.key);
      const next = {
        key: claimDraftKey(articleId, { claimId: claim.id }),
        claimId: claim.id,
        baseVersion: claim.version,
        values: current.values,
      };
      if (next.key !== current.key) removeClaimDraft(localStorage, next.key);
      commit(current.values === sent ? { ...next, draft: 'none' } : keep(next));
    },
    [articleId, commit, keep],
  );

  const discard = useCallback(() => {
    removeClaimDraft(localStorage, latest.current.key);
    commit({ ...latest.current, draft: 'none' });
  }, [commit]);

  return { ...copy, latest, update, rebase, replace, saved, discard };
}
