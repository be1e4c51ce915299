// One source of a claim: address, title, publisher, stance and what it says.
import { useId } from 'react';
import { sourceStances, type SourceFormValues } from '../../utils/claim-form/claim-form-values';
import type { SourceErrors } from '../../utils/claim-form/validate-claim-form';
import { ClaimField } from './claim-field';

export function SourceFields({
  number,
  source,
  errors,
  onChange,
  onRemove,
}: {
  number: number;
  source: SourceFormValues;
  errors: SourceErrors | undefined;
  onChange: (change: Partial<SourceFormValues>) => void;
  onRemove: () => void;
}) {
  const stanceId = useId();

  return (
    <fieldset className="claim-source">
      <legend>Source {number}</legend>
      <ClaimField
        label="Source URL"
        type="url"
        value={source.url}
        error={errors?.url}
        onChange={(url) => onChange({ url })}
      />
      <ClaimField label="Title" value={source.title} error={errors?.title} onChange={(title) => onChange({ title })} />
      <ClaimField
        label="Publisher"
        value={source.publisher}
        error={errors?.publisher}
        onChange={(publisher) => onChange({ publisher })}
      />
      <div className="claim-field">
        <label htmlFor={stanceId}>Stance</label>
        <select
          id={stanceId}
          value={source.stance}
          onChange={(event) => onChange({ stance: event.target.value as SourceFormValues['stance'] })}
        >
          {sourceStances.map((stance) => (
            <option key={stance.value} value={stance.value}>
              {stance.label}
            </option>
          ))}
        </select>
      </div>
      <ClaimField
        label="Quote from source"
        multiline
        value={source.quote}
        error={errors?.quote}
        onChange={(quote) => onChange({ quote })}
      />
      <button type="button" className="button button-quiet" onClick={onRemove}>
        Remove source<span className="visually-hidden"> {number}</span>
      </button>
    </fieldset>
  );
}
