// One verdict's fields, for adding one to the scale or editing one: label, description,
// rating (schema.org's 1 = false .. 5 = true, or none) and colour (#rrggbb, with a swatch).
// Problems are named at their field before anything is sent; a colour readers could confuse
// with another verdict's is a warning that does not stop the save.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/text-field';
import type { VerdictFields } from '../api/add-verdict';
import type { Refusal } from '../utils/settings-refusal';
import { isHexColour } from '../utils/verdict-colours';
import {
  colourWarning,
  maximumVerdictDescriptionLength,
  maximumVerdictLabelLength,
  normaliseColour,
  verdictProblems,
  type ScaleVerdict,
  type VerdictDraft,
  type VerdictProblems,
} from '../utils/verdict-problems';

export type VerdictField = keyof VerdictDraft;
const fieldOrder: VerdictField[] = ['label', 'description', 'rating', 'colour'];

const ratingChoices = [
  { value: '', label: 'None (the scale does not rate this)' },
  { value: '5', label: '5: true' },
  { value: '4', label: '4: mostly true' },
  { value: '3', label: '3: mixed' },
  { value: '2', label: '2: mostly false' },
  { value: '1', label: '1: false' },
];

function FieldProblem({ id, problem }: { id: string; problem: string | undefined }) {
  if (problem === undefined) return null;
  return (
    <p id={id} className="inline-error">
      {problem}
    </p>
  );
}

interface VerdictFormProps {
  title: string;
  submitLabel: string;
  initial: VerdictDraft;
  others: readonly ScaleVerdict[];
  pending: boolean;
  refusal: Refusal<VerdictField> | null;
  onSave: (fields: VerdictFields) => void;
  onChange: () => void;
  onCancel?: () => void;
  focusOnMount?: boolean;
}

export function VerdictForm({ title, submitLabel, initial, others, pending, refusal, onSave, onChange, onCancel, focusOnMount = false }: VerdictFormProps) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<VerdictProblems>({});
  const idPrefix = useId();
  const inputId = (field: VerdictField) => `${idPrefix}-${field}`;
  const shown = (field: VerdictField) => problems[field] ?? (refusal?.field === field ? refusal.message : undefined);
  const warning = colourWarning(draft.colour, others);
  const swatch = normaliseColour(draft.colour);

  // The label when an edit opens; the field a refusal names when one arrives.
  const labelId = inputId('label');
  useEffect(() => {
    if (focusOnMount) document.getElementById(labelId)?.focus();
  }, [focusOnMount, labelId]);
  const refusedId = refusal?.field === undefined ? null : inputId(refusal.field);
  const refusalMessage = refusal?.message;
  useEffect(() => {
    if (refusedId !== null && refusalMessage !== undefined) document.getElementById(refusedId)?.focus();
  }, [refusedId, refusalMessage]);

  const change = (field: VerdictField) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
    onChange();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = verdictProblems(draft, others);
    setProblems(found);
    const first = fieldOrder.find((field) => found[field] !== undefined);
    if (first !== undefined) return document.getElementById(inputId(first))?.focus();
    onSave({
      label: draft.label.trim(),
      description: draft.description.trim(),
      ratingValue: draft.rating === '' ? null : Number(draft.rating),
      color: normaliseColour(draft.colour),
    });
  };

  const describedBy = (field: VerdictField, extra?: string) =>
    [shown(field) === undefined ? null : `${inputId(field)}-problem`, extra ?? null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="settings-form verdict-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>{title}</h3>
      {refusal !== null && refusal.field === undefined && <ErrorAlert title={refusal.message} />}
      <TextField inputId={inputId('label')} label="Label" name="label" required maxLength={maximumVerdictLabelLength} value={draft.label} onValueChange={change('label')} problem={shown('label')} />
      <div className="field">
        <label htmlFor={inputId('description')}>Description</label>
        <textarea
          id={inputId('description')}
          name="description"
          rows={2}
          maxLength={maximumVerdictDescriptionLength}
          value={draft.description}
          aria-invalid={shown('description') !== undefined}
          aria-describedby={describedBy('description')}
          onChange={(event) => change('description')(event.target.value)}
        />
        <FieldProblem id={`${inputId('description')}-problem`} problem={shown('description')} />
      </div>
      <div className="field">
        <label htmlFor={inputId('rating')}>Rating in ClaimReview</label>
        <select
          id={inputId('rating')}
          value={draft.rating}
          aria-invalid={shown('rating') !== undefined}
          aria-describedby={describedBy('rating')}
          onChange={(event) => change('rating')(event.target.value)}
        >
          {ratingChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <FieldProblem id={`${inputId('rating')}-problem`} problem={shown('rating')} />
      </div>
      <div className="verdict-colour">
        <TextField
          inputId={inputId('colour')}
          label="Colour"
          name="colour"
          required
          maxLength={7}
          autoCapitalize="none"
          spellCheck={false}
          hint="# and six hexadecimal digits, dark enough to read on white (4.5:1), e.g. #b91c1c."
          value={draft.colour}
          onValueChange={change('colour')}
          problem={shown('colour')}
        />
        <span className="verdict-swatch" aria-hidden="true" style={isHexColour(swatch) ? { background: swatch } : undefined} />
      </div>
      {warning !== null && (
        <p className="field-warning" role="status">
          {warning}
        </p>
      )}
      <div className="settings-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
