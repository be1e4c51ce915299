// A labelled text field of the claim panel with its error message right below it, tied to
// the field by aria-describedby so screen readers read it with the field.
import { useId, type Ref } from 'react';

export function ClaimField({
  label,
  value,
  onChange,
  error,
  multiline = false,
  type = 'text',
  hint,
  inputRef,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'url' | 'date';
  hint?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    ref: inputRef,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };

  return (
    <div className="claim-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="claim-field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          // The form checks addresses itself, with a message next to the field.
          inputMode={type === 'url' ? 'url' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && (
        <p id={errorId} className="claim-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
