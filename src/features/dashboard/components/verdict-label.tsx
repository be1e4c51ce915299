// A verdict's label with a swatch in its colour: the text carries the meaning, the colour
// only repeats it. Claims without a verdict get a hollow grey swatch.
import type { VerdictColumn } from '../utils/summarize-counts';

const hexColor = /^#[0-9a-f]{6}$/i;

export function VerdictLabel({ verdict }: { verdict: VerdictColumn }) {
  const color = verdict.color !== null && hexColor.test(verdict.color) ? verdict.color : undefined;
  return (
    <span
      className={verdict.id === null ? 'dashboard-verdict dashboard-verdict-none' : 'dashboard-verdict'}
      style={color === undefined ? undefined : { ['--verdict-color' as string]: color }}
    >
      <span className="dashboard-verdict-swatch" aria-hidden="true" />
      {verdict.label}
    </span>
  );
}
