// The claim form: what the claim says, who said it, the verdict, the rationale and the
// sources. Every change is kept on this device until the claim is saved or discarded;
// saving is checked against the schema's limits first, and a version conflict is settled
// by the user, never by dropping their text.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ErrorAlert } from '../../../../components/error-alert';
import { claimQueries } from '../../api/claim-queries';
import { verdictQueries } from '../../../../entities/verdicts/api/verdict-queries';
import { verdictsForNewClaims } from '../../../../entities/verdicts/utils/verdicts-for-new-claims';
import { isNetworkFailure, isVersionConflict } from '../../../../entities/request-error/request-error';
import type { Claim, ClaimWithSources } from '../../api/claim-types';
import { useClaimDraft } from '../../hooks/claim-form/use-claim-draft';
import { useSaveClaim } from '../../hooks/claim-form/use-save-claim';
import { useSubmitClaim } from '../../hooks/claim-form/use-submit-claim';
import { claimDraftKey } from '../../utils/claim-form/claim-draft-storage';
import {
  claimPayloadOf,
  emptySource,
  quoteOfClaim,
  valuesForNewClaim,
  valuesOfClaim,
  type ClaimFormValues,
  type ClaimQuote,
  type SourceFormValues,
} from '../../utils/claim-form/claim-form-values';
import {
  hasErrors,
  quoteProblem,
  submissionProblems,
  validateClaimForm,
} from '../../utils/claim-form/validate-claim-form';
import { ClaimConflict } from './claim-conflict';
import { ClaimField } from './claim-field';
import { DiscardConfirm } from './discard-confirm';
import { RationaleEditor } from './rationale-editor';
import { SourceFields } from './source-fields';

function describeFailure(error: unknown): string {
  if (isNetworkFailure(error)) {
    return 'The server could not be reached. Your changes are kept on this device; try again when you are back online.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${message} Your changes are kept on this device.`;
}

export function ClaimEditor({
  articleId,
  newsroomId,
  quote: openedQuote,
  existing,
  onClose,
  onSaved,
  onSubmitted,
}: {
  articleId: string;
  newsroomId: string;
  quote: ClaimQuote;
  existing: ClaimWithSources | null;
  onClose: () => void;
  onSaved: ((claim: Claim) => void) | undefined;
  onSubmitted: (claim: Claim) => void;
}) {
  const queryClient = useQueryClient();
  const verdicts = useQuery(verdictQueries.scale(newsroomId));
  const saveMutation = useSaveClaim(articleId);
  const submitMutation = useSubmitClaim();
  const [newClaimId] = useState(() => crypto.randomUUID());
  const draft = useClaimDraft({
    articleId,
    draftKey: existing
      ? claimDraftKey(articleId, { claimId: existing.id })
      : claimDraftKey(articleId, { start: openedQuote.start, end: openedQuote.end }),
    claimId: existing?.id ?? newClaimId,
    baseVersion: existing?.version ?? null,
    values: existing ? valuesOfClaim(existing) : valuesForNewClaim(openedQuote),
  });
  const [quote, setQuote] = useState(openedQuote);
  const [showErrors, setShowErrors] = useState(false);
  const [submitAttempted, setSubmitAttempted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [resolving, setResolving] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  // A new key loads other content into the rationale editor (it reads its content once).
  const [rationaleEditorKey, setRationaleEditorKey] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const addSourceButton = useRef<HTMLButtonElement>(null);
  const verdictId = useId();
  const sourcesLegendId = useId();

  const values = draft.values;
  const errors = showErrors ? validateClaimForm(values) : { sources: {} };
  const missing = submitAttempted ? submissionProblems(values) : {};
  const quoteError = quoteProblem(quote.exact);
  const busy = saveMutation.isPending || submitMutation.isPending || resolving;
  // Editors may edit a claim in review, but only its author submits it, and only from these.
  const status = existing?.status ?? 'draft';
  const submittable = status === 'draft' || status === 'changes_requested';

  function change(patch: Partial<ClaimFormValues>) {
    setOutcome(null);
    draft.update((current) => ({ ...current, ...patch }));
  }

  function changeSource(id: string, patch: Partial<SourceFormValues>) {
    setOutcome(null);
    draft.update((current) => ({
      ...current,
      sources: current.sources.map((source) => (source.id === id ? { ...source, ...patch } : source)),
    }));
  }

  function addSource() {
    const source = emptySource();
    flushSync(() => draft.update((current) => ({ ...current, sources: [...current.sources, source] })));
    formRef.current
      ?.querySelector<HTMLInputElement>(`[data-source-id="${source.id}"] input[type="url"]`)
      ?.focus();
  }

  function removeSource(id: string) {
    draft.update((current) => ({ ...current, sources: current.sources.filter((source) => source.id !== id) }));
    addSourceButton.current?.focus();
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

  async function save({
    submit,
    onVersion,
  }: {
    submit: boolean;
    onVersion?: { version: number; quote: ClaimQuote };
  }) {
    if (quoteError !== null) return;
    const sent = draft.latest.current.values;
    const incomplete = submit && Object.keys(submissionProblems(sent)).length > 0;
    if (hasErrors(validateClaimForm(sent)) || incomplete) {
      flushSync(() => {
        setShowErrors(true);
        setSubmitAttempted(submit);
      });
      (formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? addSourceButton.current)?.focus();
      return;
    }
    setSubmitAttempted(false);
    setProblem(null);
    setOutcome(null);
    const claimId = draft.latest.current.claimId;
    // save_claim writes the offsets sent; the article's list is refetched when its text is
    // re-anchored, so its row has the freshest ones for a claim that exists.
    const listed = queryClient
      .getQueryData(claimQueries.list(articleId).queryKey)
      ?.find((claim) => claim.id === claimId && claim.optimistic !== true);
    const payload = claimPayloadOf({
      claimId,
      articleId,
      quote: onVersion?.quote ?? (listed && draft.latest.current.baseVersion !== null ? quoteOfClaim(listed) : quote),
      values: sent,
      baseVersion: onVersion?.version ?? draft.latest.current.baseVersion,
    });
    let saved: Claim;
    try {
      saved = await saveMutation.mutateAsync(payload);
    } catch (error) {
      const refusedAsNew = payload.claim.version === undefined && !isNetworkFailure(error);
      if (isVersionConflict(error) || (refusedAsNew && (await existsOnServer(claimId)))) {
        setConflict(true);
      } else {
        setProblem(describeFailure(error));
      }
      return;
    }
    draft.saved(saved, sent);
    setConflict(false);
    onSaved?.(saved);
    if (!submit) {
      setOutcome('Claim saved.');
      return;
    }
    try {
      const submitted = await submitMutation.mutateAsync({ claimId: saved.id, expectedVersion: saved.version });
      onSubmitted(submitted);
    } catch (error) {
      setOutcome('Claim saved.');
      const message = error instanceof Error ? error.message : String(error);
      setProblem(`Saved, but not submitted for review: ${message}`);
    }
  }

  async function fetchLatest(): Promise<ClaimWithSources | null> {
    const latest = await queryClient.fetchQuery({
      ...claimQueries.detail(draft.latest.current.claimId),
      staleTime: 0,
      // Offline, say so at once rather than wait with the buttons disabled.
      networkMode: 'always',
    });
    if (latest === null) {
      setProblem('This claim no longer exists, or you may no longer read it. Your changes are kept on this device.');
    }
    return latest;
  }

  async function reloadLatest() {
    setResolving(true);
    try {
      const latest = await fetchLatest();
      if (latest === null) return;
      draft.replace(valuesOfClaim(latest), latest.version);
      setQuote(quoteOfClaim(latest));
      setRationaleEditorKey((key) => key + 1);
      setConflict(false);
      setShowErrors(false);
      setOutcome('Loaded the latest version.');
    } catch (error) {
      setProblem(describeFailure(error));
    } finally {
      setResolving(false);
    }
  }

  async function reapplyChanges() {
    setResolving(true);
    try {
      const latest = await fetchLatest();
      if (latest === null) return;
      const latestQuote = quoteOfClaim(latest);
      draft.rebase(latest.version);
      setQuote(latestQuote);
      await save({ submit: false, onVersion: { version: latest.version, quote: latestQuote } });
    } catch (error) {
      setProblem(describeFailure(error));
    } finally {
      setResolving(false);
    }
  }

  function discard() {
    draft.discard();
    onClose();
  }

  const statusText =
    draft.draft === 'kept'
      ? 'Draft saved on this device.'
      : draft.draft === 'restored'
        ? 'Restored your unsaved changes from this device.'
        : draft.draft === 'not-kept'
          ? 'This browser would not keep a copy of your changes on this device: save the claim to keep them.'
          : (outcome ?? '');

  return (
    <form
      ref={formRef}
      className="claim-form"
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        void save({ submit: false });
      }}
    >
      <figure className="claim-quote">
        <figcaption>Quote</figcaption>
        <blockquote>{quote.exact}</blockquote>
      </figure>
      {quoteError !== null && (
        <ErrorAlert title="This passage cannot become a claim.">
          <p>{quoteError}</p>
        </ErrorAlert>
      )}

      <ClaimField
        label="Claim"
        multiline
        hint="The claim in your words; it starts as the quote."
        value={values.claimText}
        error={errors.claimText}
        onChange={(claimText) => change({ claimText })}
      />
      <ClaimField
        label="Claimant"
        hint="Who made the claim."
        value={values.claimant}
        error={errors.claimant}
        onChange={(claimant) => change({ claimant })}
      />
      <div className="claim-field">
        <label htmlFor={verdictId}>Verdict</label>
        <select
          id={verdictId}
          value={values.verdictId}
          disabled={verdicts.isPending}
          onChange={(event) => change({ verdictId: event.target.value })}
          {...(missing.verdict ? { 'aria-invalid': true, 'aria-describedby': `${verdictId}-error` } : {})}
        >
          <option value="">{verdicts.isPending ? 'Loading verdicts…' : 'No verdict yet'}</option>
          {verdictsForNewClaims(verdicts.data ?? [], existing?.verdict_id ?? null).map((verdict) => (
            <option key={verdict.id} value={verdict.id}>
              {verdict.label}
            </option>
          ))}
        </select>
        {verdicts.isError && (
          <p className="claim-field-error">The verdicts could not be loaded: {verdicts.error.message}</p>
        )}
        {missing.verdict && (
          <p id={`${verdictId}-error`} className="claim-field-error">
            {missing.verdict}
          </p>
        )}
      </div>
      <RationaleEditor
        key={rationaleEditorKey}
        initialHtml={values.rationale}
        error={errors.rationale ?? missing.rationale}
        onChange={(rationale) => change({ rationale })}
      />

      <fieldset className="claim-sources" aria-labelledby={sourcesLegendId}>
        <legend id={sourcesLegendId}>Sources</legend>
        {values.sources.length === 0 &&
          (missing.sources ? (
            <p id={`${sourcesLegendId}-error`} className="claim-field-error">
              {missing.sources}
            </p>
          ) : (
            <p className="claim-field-hint">No sources yet.</p>
          ))}
        {values.sources.map((source, index) => (
          <div key={source.id} data-source-id={source.id}>
            <SourceFields
              number={index + 1}
              source={source}
              errors={errors.sources[source.id]}
              onChange={(patch) => changeSource(source.id, patch)}
              onRemove={() => removeSource(source.id)}
            />
          </div>
        ))}
        <button
          type="button"
          ref={addSourceButton}
          className="button button-quiet"
          onClick={addSource}
          aria-describedby={missing.sources ? `${sourcesLegendId}-error` : undefined}
        >
          Add source
        </button>
      </fieldset>

      {conflict && (
        <ClaimConflict busy={busy} onReload={() => void reloadLatest()} onReapply={() => void reapplyChanges()} />
      )}
      {problem !== null && (
        <ErrorAlert title="The claim could not be saved.">
          <p>{problem}</p>
        </ErrorAlert>
      )}

      {confirmingDiscard ? (
        <DiscardConfirm
          saved={draft.baseVersion !== null}
          onConfirm={discard}
          onCancel={() => setConfirmingDiscard(false)}
        />
      ) : (
        <div className="claim-actions">
          {quoteError === null && (
            <>
              <button type="submit" className="button button-primary" disabled={busy}>
                {saveMutation.isPending && !submitMutation.isPending
                  ? 'Saving…'
                  : submittable
                    ? 'Save draft'
                    : 'Save changes'}
              </button>
              {submittable && (
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() => void save({ submit: true })}
                >
                  Submit for review
                </button>
              )}
            </>
          )}
          <button type="button" className="button button-quiet" onClick={() => setConfirmingDiscard(true)}>
            Discard
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            Close
          </button>
        </div>
      )}
      <p role="status" className="claim-status">
        {statusText}
      </p>
    </form>
  );
}
