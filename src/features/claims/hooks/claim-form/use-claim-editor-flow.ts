// Runs the claim editor's flow (utils/claim-form/claim-editor-flow.ts): sends the save and
// the submission, fetches the latest version to settle a conflict, keeps the working copy in
// step, and reports each answer to the reducer as an event.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { claimQueries } from '../../api/claim-queries';
import { isNetworkFailure, isVersionConflict } from '../../../../entities/request-error/request-error';
import type { Claim, ClaimWithSources } from '../../api/claim-types';
import {
  claimEditorFlow,
  claimEditorView,
  initialClaimEditorFlow,
  type ClaimEditorFlowEvent,
  type RequestFailure,
} from '../../utils/claim-form/claim-editor-flow';
import { claimPayloadOf, quoteOfClaim, valuesOfClaim, type ClaimQuote } from '../../utils/claim-form/claim-form-values';
import { isSubmittableStatus } from '../../utils/claim-form/submission-rule';
import type { useClaimDraft } from './use-claim-draft';
import { useSaveClaim } from './use-save-claim';
import { useSubmitClaim } from './use-submit-claim';

function failureOf(error: unknown): RequestFailure {
  if (isNetworkFailure(error)) return { offline: true };
  return { offline: false, message: error instanceof Error ? error.message : String(error) };
}

export function useClaimEditorFlow({
  articleId,
  quote,
  existing,
  draft,
  focusFirstProblem,
  onClose,
  onSubmitted,
}: {
  articleId: string;
  quote: ClaimQuote;
  existing: ClaimWithSources | null;
  draft: ReturnType<typeof useClaimDraft>;
  focusFirstProblem: () => void;
  onClose: () => void;
  onSubmitted: (claim: Claim) => void;
}) {
  const queryClient = useQueryClient();
  const saveMutation = useSaveClaim(articleId);
  const submitMutation = useSubmitClaim();
  const [state, setState] = useState(() => initialClaimEditorFlow(quote));
  // The requests' continuations act on the state an event leads to, before React renders it.
  const latest = useRef(state);

  function dispatch(event: ClaimEditorFlowEvent) {
    const next = claimEditorFlow(latest.current, event);
    latest.current = next;
    setState(next);
    return next;
  }

  // A new claim's draft outlives a save whose answer was lost; saving it again as new is
  // refused, and the user settles it like any other conflict.
  async function existsOnServer(claimId: string): Promise<boolean> {
    try {
      const found = await queryClient.fetchQuery({
        ...claimQueries.detail(claimId),
        staleTime: 0,
        retry: false,
        networkMode: 'always',
      });
      return found !== null;
    } catch {
      // Unable to tell: the save's own error is the one to show.
      return false;
    }
  }

  async function save(submit: boolean, onVersion?: { version: number; quote: ClaimQuote }) {
    const sent = draft.latest.current.values;
    // Rendered at once, so a refused field is marked invalid before it takes the focus.
    const requested = flushSync(() => dispatch({ type: 'save-requested', submit, values: sent }));
    if (requested.focusFirstProblem) focusFirstProblem();
    if (requested.activity !== 'saving') return;
    const claimId = draft.latest.current.claimId;
    // save_claim writes the offsets sent; the article's list is refetched when its text is
    // re-anchored, so its row has the freshest ones for a claim that exists.
    const listed = queryClient
      .getQueryData(claimQueries.list(articleId).queryKey)
      ?.find((claim) => claim.id === claimId && claim.optimistic !== true);
    const payload = claimPayloadOf({
      claimId,
      articleId,
      quote:
        onVersion?.quote ??
        (listed && draft.latest.current.baseVersion !== null ? quoteOfClaim(listed) : requested.quote),
      values: sent,
      baseVersion: onVersion?.version ?? draft.latest.current.baseVersion,
    });
    let saved: Claim;
    try {
      saved = await saveMutation.mutateAsync(payload);
    } catch (error) {
      const refusedAsNew = payload.claim.version === undefined && !isNetworkFailure(error);
      if (isVersionConflict(error) || (refusedAsNew && (await existsOnServer(claimId)))) {
        dispatch({ type: 'save-conflicted' });
      } else {
        dispatch({ type: 'save-failed', failure: failureOf(error) });
      }
      return;
    }
    draft.saved(saved, sent);
    const next = dispatch({ type: 'saved' });
    if (next.activity !== 'submitting') return;
    try {
      const submitted = await submitMutation.mutateAsync({ claimId: saved.id, expectedVersion: saved.version });
      dispatch({ type: 'submitted' });
      onSubmitted(submitted);
    } catch (error) {
      dispatch({ type: 'submit-failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function fetchLatest(): Promise<ClaimWithSources | null> {
    const found = await queryClient.fetchQuery({
      ...claimQueries.detail(draft.latest.current.claimId),
      staleTime: 0,
      // Offline, say so at once rather than wait with the buttons disabled.
      networkMode: 'always',
    });
    if (found === null) dispatch({ type: 'latest-missing' });
    return found;
  }

  async function reload() {
    dispatch({ type: 'resolve-started' });
    try {
      const found = await fetchLatest();
      if (found === null) return;
      draft.replace(valuesOfClaim(found), found.version);
      dispatch({ type: 'reloaded', quote: quoteOfClaim(found) });
    } catch (error) {
      dispatch({ type: 'latest-failed', failure: failureOf(error) });
    }
  }

  async function reapply() {
    dispatch({ type: 'resolve-started' });
    try {
      const found = await fetchLatest();
      if (found === null) return;
      const foundQuote = quoteOfClaim(found);
      draft.rebase(found.version);
      dispatch({ type: 'rebased', quote: foundQuote });
      await save(false, { version: found.version, quote: foundQuote });
    } catch (error) {
      dispatch({ type: 'latest-failed', failure: failureOf(error) });
    }
  }

  function confirmDiscard() {
    dispatch({ type: 'discard-confirmed' });
    draft.discard();
    onClose();
  }

  // Editors may edit a claim in review, but only its author submits it, and only from a
  // status submit_claim accepts.
  const submittable = isSubmittableStatus(existing?.status ?? 'draft');

  return {
    state,
    view: claimEditorView(state, { values: draft.values, submittable, draft: draft.draft }),
    edited: () => dispatch({ type: 'edited' }),
    save: () => void save(false),
    submit: () => void save(true),
    reload: () => void reload(),
    reapply: () => void reapply(),
    askDiscard: () => dispatch({ type: 'discard-requested' }),
    cancelDiscard: () => dispatch({ type: 'discard-cancelled' }),
    confirmDiscard,
  };
}
