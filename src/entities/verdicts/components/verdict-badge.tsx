// A verdict as a label in its colour with a swatch, so it never relies on colour alone;
// claims without a verdict say so in neutral grey.
const hexColor = /^#[0-9a-f]{6}$/i;

export function VerdictBadge({ verdict }: { verdict: { label: string; color: string } | null | undefined }) {
  if (verdict == null) return <span className="verdict-badge verdict-badge-none">No verdict yet</span>;
  const color = hexColor.test(verdict.color) ? verdict.color : undefined;
  return (
    <span className="verdict-badge" style={color === undefined ? undefined : { ['--verdict-color' as string]: color }}>
      {verdict.label}
    </span>
  );
}
