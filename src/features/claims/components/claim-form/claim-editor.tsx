// The claim form: what the claim says, who said it, the verdict, the rationale and the
// sources. Every change is kept on this device until the claim is saved or discarded;
// saving is checked against the schema's limits first, and a version conflict is settled
// by the user, never by dropping their text (the flow is use-claim-editor-flow's).
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ErrorAlert } from '../../../../components/error-alert';
import { verdictQueries } from '../../../../entities/verdicts/api/verdict-queries';
import { verdictsForNewClaims } from '../../../../entities/verdicts/utils/verdicts-for-new-claims';
import type { Claim, ClaimWithSources } from '../../api/claim-types';
import { useClaimDraft } from '../../hooks/claim-form/use-claim-draft';
import { useClaimEditorFlow } from '../../hooks/claim-form/use-claim-editor-flow';
import { claimDraftKey } from '../../utils/claim-form/claim-draft-storage';
import { claimTextHint } from '../../utils/claim-form/claim-text-hint';
import {
  claimantKinds,
  emptySource,
  valuesForNewClaim,
  valuesOfClaim,
  type ClaimFormValues,
  type ClaimQuote,
  type SourceFormValues,
} from '../../utils/claim-form/claim-form-values';
import { ClaimActions } from './claim-actions';
import { ClaimConflict } from './claim-conflict';
import { ClaimField } from './claim-field';
import { CorrectionNotice } from './correction-notice';
import { DeleteDraft } from './delete-draft';
import { RationaleEditor } from './rationale-editor';
import { SourceFields } from './source-fields';

export function ClaimEditor({
  articleId,
  newsroomId,
  quote: openedQuote,
  existing,
  onClose,
  onSubmitted,
}: {
  articleId: string;
  newsroomId: string;
  quote: ClaimQuote;
  existing: ClaimWithSources | null;
  onClose: () => void;
  onSubmitted: (claim: Claim) => void;
}) {
  const verdicts = useQuery(verdictQueries.scale(newsroomId));
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
  const formRef = useRef<HTMLFormElement>(null);
  const addSourceButton = useRef<HTMLButtonElement>(null);
  const flow = useClaimEditorFlow({
    articleId,
    quote: openedQuote,
    existing,
    draft,
    focusFirstProblem: () =>
      (formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? addSourceButton.current)?.focus(),
    onClose,
      onSubmitted,
  });
  const verdictId = useId();
  const claimantKindName = useId();
  const sourcesLegendId = useId();
  const correcting = existing !== null && existing.corrector_id !== null;
  const values = draft.values;
  const { quote, conflict, problem, confirmingDiscard, contentRevision } = flow.state;
  const { busy, quoteError, errors, missing } = flow.view;

  function change(patch: Partial<ClaimFormValues>) {
    flow.edited();
    draft.update((current) => ({ ...current, ...patch }));
  }

  function changeSource(id: string, patch: Partial<SourceFormValues>) {
    flow.edited();
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

  return (
    <form
      ref={formRef}
      className="claim-form"
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        flow.save();
      }}
    >
      {correcting && <CorrectionNotice claim={existing} onDiscarded={draft.discard} />}
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
        hint={claimTextHint(values.claimText)}
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
      <fieldset className="claim-field claim-kind">
        <legend className="claim-field-label">The claimant is</legend>
        {claimantKinds.map((kind) => (
          <label key={kind.value}>
            <input
              type="radio"
              name={claimantKindName}
              value={kind.value}
              checked={values.claimantKind === kind.value}
              onChange={() => change({ claimantKind: kind.value })}
            />{' '}
            {kind.label}
          </label>
        ))}
      </fieldset>
      <ClaimField
        label="When the claim was made"
        type="date"
        hint="Leave empty if it was made in this article, on its date."
        value={values.claimDate}
        error={errors.claimDate}
        onChange={(claimDate) => change({ claimDate })}
      />
      <ClaimField
        label="Where the claim was made"
        type="url"
        hint="The address of a speech, post or interview, if not this article."
        value={values.appearanceUrl}
        error={errors.appearanceUrl}
        onChange={(appearanceUrl) => change({ appearanceUrl })}
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
        key={contentRevision}
        initialHtml={values.rationale}
        error={errors.rationale ?? missing.rationale}
        onChange={(rationale) => change({ rationale })}
      />

      {values.correctionNote !== null && (
        <ClaimField
          label="Correction note (published)"
          multiline
          hint="What this correction changes and why, for readers: it is published with the correction and its date."
          value={values.correctionNote}
          error={errors.correctionNote ?? missing.correctionNote}
          onChange={(correctionNote) => change({ correctionNote })}
        />
      )}

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

      {conflict && <ClaimConflict busy={busy} onReload={flow.reload} onReapply={flow.reapply} />}
      {problem !== null && (
        <ErrorAlert title="The claim could not be saved.">
          <p>{problem}</p>
        </ErrorAlert>
      )}

      <ClaimActions
        view={flow.view}
        confirmingDiscard={confirmingDiscard}
        saved={draft.baseVersion !== null}
        onSubmit={flow.submit}
        onDiscard={flow.askDiscard}
        onConfirmDiscard={flow.confirmDiscard}
        onCancelDiscard={flow.cancelDiscard}
        onClose={onClose}
      />
      {existing !== null && !correcting && <DeleteDraft claim={existing} onDeleted={onClose} />}
    </form>
  );
}
