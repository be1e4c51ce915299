// The side panel's filters: status, verdict and "Mine only", with a live count of what shows.
import type { Verdict } from '../../../../entities/verdicts/api/get-verdicts';
import { claimStatuses, claimStatusLabel } from '../../../../entities/claim-status/claim-status';
import type { ClaimFilters as Filters } from '../../utils/workspace/claim-list-view';
import './sidebar.css';

interface FilterOption {
  value: string;
  label: string;
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ClaimFilters({
  filters,
  verdicts,
  onChange,
}: {
  filters: Filters;
  verdicts: readonly Verdict[];
  onChange: (filters: Filters) => void;
}) {
  return (
    <fieldset className="claim-filters">
      <legend className="visually-hidden">Filter claims</legend>
      <FilterSelect
        id="claim-filter-status"
        label="Show status"
        value={filters.status}
        options={[{ value: 'all', label: 'All statuses' }, ...claimStatuses.map((status) => ({ value: status, label: claimStatusLabel(status) }))]}
        onChange={(status) => onChange({ ...filters, status })}
      />
      <FilterSelect
        id="claim-filter-verdict"
        label="Show verdict"
        value={filters.verdict}
        options={[
          { value: 'all', label: 'All verdicts' },
          { value: 'none', label: 'No verdict yet' },
          ...verdicts.map((verdict) => ({ value: verdict.id, label: verdict.label })),
        ]}
        onChange={(verdict) => onChange({ ...filters, verdict })}
      />
      <div className="checkbox-field">
        <input
          id="claim-filter-mine"
          type="checkbox"
          checked={filters.mineOnly}
          onChange={(event) => onChange({ ...filters, mineOnly: event.target.checked })}
        />
        <label htmlFor="claim-filter-mine">Mine only</label>
      </div>
    </fieldset>
  );
}
