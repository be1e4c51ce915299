// The side panel's filters: status, verdict and "Mine only", with a live count of what shows.
import type { Verdict } from '../../../../entities/verdicts/api/get-verdicts';
import { claimStatuses, claimStatusLabel } from '../../../../entities/claim-status/claim-status';
import type { ClaimFilters as Filters } from '../../utils/workspace/claim-list-view';
import './sidebar.css';

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
      <div className="field">
        <label htmlFor="claim-filter-status">Show status</label>
        <select
          id="claim-filter-status"
          value={filters.status}
          onChange={(event) => onChange({ ...filters, status: event.target.value })}
        >
          <option value="all">All statuses</option>
          {claimStatuses.map((status) => (
            <option key={status} value={status}>
              {claimStatusLabel(status)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="claim-filter-verdict">Show verdict</label>
        <select
          id="claim-filter-verdict"
          value={filters.verdict}
          onChange={(event) => onChange({ ...filters, verdict: event.target.value })}
        >
          <option value="all">All verdicts</option>
          <option value="none">No verdict yet</option>
          {verdicts.map((verdict) => (
            <option key={verdict.id} value={verdict.id}>
              {verdict.label}
            </option>
          ))}
        </select>
      </div>
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
