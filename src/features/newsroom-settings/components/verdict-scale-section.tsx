// The newsroom's verdict scale: each verdict as readers see it, with its description and
// rating; edit it, move it up or down, retire it (no longer offered for new claims, still
// shown on the claims that have it) or delete one no claim has used (after asking). Moves
// keep the focus on the button pressed, wherever the verdict lands.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { VerdictBadge } from '../../../entities/verdicts/components/verdict-badge';
import type { Verdict } from '../../../entities/verdicts/api/get-verdicts';
import { verdictQueries } from '../../../entities/verdicts/api/verdict-queries';
import type { VerdictFields } from '../api/add-verdict';
import { useVerdictAddition, useVerdictChange, useVerdictDeletion, useVerdictMove } from '../hooks/use-verdict-changes';
import { placeRefusal, refusalMessage } from '../utils/settings-refusal';
import type { VerdictDraft } from '../utils/verdict-problems';
import { VerdictForm, type VerdictField } from './verdict-form';

type Direction = 'up' | 'down';

function refusedField(code: string, message: string): VerdictField | undefined {
  if (code === '23505' || /label/i.test(message)) return 'label';
  if (/colou?r/i.test(message)) return 'colour';
  if (/rating/i.test(message)) return 'rating';
  if (/description/i.test(message)) return 'description';
  return undefined;
}

const newVerdict: VerdictDraft = { label: '', description: '', rating: '', colour: '' };

function draftOf(verdict: Verdict): VerdictDraft {
  return { label: verdict.label, description: verdict.description, rating: verdict.rating_value?.toString() ?? '', colour: verdict.color };
}

function othersThan(scale: readonly Verdict[], verdictId: string | null) {
  return scale.filter((verdict) => verdict.id !== verdictId);
}

function buttonId(verdictId: string, action: string): string {
  return `verdict-${verdictId}-${action}`;
}

function EditVerdict({ newsroomId, verdict, scale, onDone }: { newsroomId: string; verdict: Verdict; scale: Verdict[]; onDone: () => void }) {
  const change = useVerdictChange(newsroomId);
  const save = (fields: VerdictFields) =>
    change.mutate(
      {
        verdictId: verdict.id,
        change: { label: fields.label, description: fields.description, rating_value: fields.ratingValue, color: fields.color },
      },
      { onSuccess: onDone },
    );
  return (
    <VerdictForm
      title={`Edit “${verdict.label}”`}
      submitLabel="Save verdict"
      initial={draftOf(verdict)}
      others={othersThan(scale, verdict.id)}
      pending={change.isPending}
      refusal={change.isError ? placeRefusal(change.error, 'The verdict was not saved', refusedField) : null}
      onSave={save}
      onChange={() => change.reset()}
      onCancel={onDone}
      focusOnMount
    />
  );
}

function AddVerdict({ newsroomId, scale }: { newsroomId: string; scale: Verdict[] }) {
  const addition = useVerdictAddition(newsroomId);
  const [formKey, setFormKey] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const save = (fields: VerdictFields) =>
    addition.mutate(
      { ...fields, newsroomId, sort: Math.max(0, ...scale.map((verdict) => verdict.sort)) + 1 },
      {
        onSuccess: (verdict) => {
          setAdded(verdict.label);
          setFormKey((key) => key + 1);
        },
      },
    );
  return (
    <>
      <VerdictForm
        key={formKey}
        title="Add a verdict"
        submitLabel="Add verdict"
        initial={newVerdict}
        others={scale}
        pending={addition.isPending}
        refusal={addition.isError ? placeRefusal(addition.error, 'The verdict was not added', refusedField) : null}
        onSave={save}
        onChange={() => {
          addition.reset();
          setAdded(null);
        }}
      />
      <p role="status" className="settings-saved">
        {added !== null && `“${added}” was added at the end of the scale.`}
      </p>
    </>
  );
}

export function VerdictScaleSection({ newsroomId }: { newsroomId: string }) {
  const scale = useQuery(verdictQueries.scale(newsroomId));
  const move = useVerdictMove(newsroomId);
  const retirement = useVerdictChange(newsroomId);
  const deletion = useVerdictDeletion(newsroomId);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Verdict | null>(null);
  const focusAfter = useRef<{ verdictId: string; action: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  // After a move or an edit the pressed button may have moved or been replaced: put the
  // focus back on it, or on its neighbour when it is now disabled (a verdict at an end),
  // on every render until the move has settled, since each reorder may move the node.
  useEffect(() => {
    const pressed = focusAfter.current;
    if (pressed === null) return;
    if (!move.isPending) focusAfter.current = null;
    const target = document.getElementById(buttonId(pressed.verdictId, pressed.action));
    if (target instanceof HTMLButtonElement && !target.disabled) target.focus();
    else document.getElementById(buttonId(pressed.verdictId, pressed.action === 'up' ? 'down' : 'up'))?.focus();
  });

  if (scale.isPending) return <LoadingStatus>Loading the verdict scale…</LoadingStatus>;
  if (scale.isError) return <ErrorAlert title={refusalMessage(scale.error, 'The verdict scale could not be loaded')} />;
  const verdicts = scale.data;

  const moveVerdict = (index: number, direction: Direction) => {
    const neighbour = verdicts[direction === 'up' ? index - 1 : index + 1];
    const moving = verdicts[index];
    if (neighbour === undefined || moving === undefined) return;
    focusAfter.current = { verdictId: moving.id, action: direction };
    move.mutate({ moving, neighbour });
  };

  const confirmDeletion = () => {
    if (deleting === null) return;
    const verdictId = deleting.id;
    setDeleting(null);
    deletion.mutate(verdictId, { onSuccess: () => headingRef.current?.focus() });
  };

  const failure = [
    move.isError ? refusalMessage(move.error, 'The verdict was not moved') : null,
    retirement.isError ? refusalMessage(retirement.error, 'The verdict was not changed') : null,
    deletion.isError ? refusalMessage(deletion.error, 'The verdict was not deleted') : null,
  ].find((message) => message !== null);

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Verdict scale
      </h2>
      <p>
        Checkers choose from these verdicts, in this order. A retired verdict is no longer offered for new claims but stays on
        the claims that have it; only a verdict no claim has used can be deleted.
      </p>
      {failure !== undefined && <ErrorAlert title={failure} />}
      <ol className="verdict-scale">
        {verdicts.map((verdict, index) =>
          editing === verdict.id ? (
            <li key={verdict.id} className="verdict-scale-item">
              <EditVerdict
                newsroomId={newsroomId}
                verdict={verdict}
                scale={verdicts}
                onDone={() => {
                  focusAfter.current = { verdictId: verdict.id, action: 'edit' };
                  setEditing(null);
                }}
              />
            </li>
          ) : (
            <li key={verdict.id} className="verdict-scale-item" aria-label={verdict.label}>
              <p className="verdict-scale-heading">
                <VerdictBadge verdict={verdict} />
                {verdict.retired && <span className="verdict-retired">Retired</span>}
                <span className="verdict-rating">{verdict.rating_value === null ? 'No rating' : `Rating ${verdict.rating_value} of 5`}</span>
              </p>
              {verdict.description !== '' && <p className="verdict-description">{verdict.description}</p>}
              <div className="settings-actions">
                <button id={buttonId(verdict.id, 'edit')} type="button" className="button button-quiet" onClick={() => setEditing(verdict.id)}>
                  Edit<span className="visually-hidden"> {verdict.label}</span>
                </button>
                <button id={buttonId(verdict.id, 'up')} type="button" className="button button-quiet" disabled={index === 0} onClick={() => moveVerdict(index, 'up')}>
                  Move up<span className="visually-hidden"> {verdict.label}</span>
                </button>
                <button
                  id={buttonId(verdict.id, 'down')}
                  type="button"
                  className="button button-quiet"
                  disabled={index === verdicts.length - 1}
                  onClick={() => moveVerdict(index, 'down')}
                >
                  Move down<span className="visually-hidden"> {verdict.label}</span>
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-pressed={verdict.retired}
                  onClick={() => retirement.mutate({ verdictId: verdict.id, change: { retired: !verdict.retired } })}
                >
                  Retired<span className="visually-hidden"> {verdict.label}</span>
                </button>
                <button type="button" className="button button-quiet" onClick={() => setDeleting(verdict)}>
                  Delete<span className="visually-hidden"> {verdict.label}</span>
                </button>
              </div>
            </li>
          ),
        )}
      </ol>
      <AddVerdict newsroomId={newsroomId} scale={verdicts} />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.label ?? 'this verdict'}”?`}
        confirmLabel="Delete verdict"
        onConfirm={confirmDeletion}
        onCancel={() => setDeleting(null)}
      >
        <p>It leaves the scale for good. A verdict that claims use cannot be deleted: retire it instead.</p>
      </ConfirmDialog>
    </section>
  );
}
