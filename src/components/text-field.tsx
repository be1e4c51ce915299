// A labelled text input with an optional hint and the problem found in it, wired the way
// screen readers expect: the problem marks the input invalid and is read with it.
import { useId, type InputHTMLAttributes, type Ref } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid' | 'aria-describedby' | 'onChange' | 'value'>;

export interface TextFieldProps extends InputProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  problem?: string | undefined;
  /** Set by the form to move focus to the first field with a problem. */
  inputId?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ label, value, onValueChange, hint, problem, inputId, inputRef, ...inputProps }: TextFieldProps) {
  const generatedId = useId();
  const id = inputId ?? generatedId;
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [hint === undefined ? null : hintId, problem === undefined ? null : problemId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...inputProps}
        ref={inputRef}
        id={id}
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onValueChange(event.target.value)}
      />
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {problem !== undefined && (
        <p id={problemId} className="inline-error">
          {problem}
        </p>
      )}
    </div>
  );
}
