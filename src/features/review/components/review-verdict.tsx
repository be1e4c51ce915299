// A verdict as its label with a swatch in its colour (the app's verdict-badge style), so
// it never relies on colour alone.
const hexColor = /^#[0-9a-f]{6}$/i;

export function ReviewVerdict({ verdict }: { verdict: { label: string; color: string } | null }) {
  if (verdict === null) return <span className="verdict-badge verdict-badge-none">No verdict yet</span>;
  const color = hexColor.test(verdict.color) ? verdict.color : undefined;
  return (
    <span className="verdict-badge" style={color === undefined ? undefined : { ['--verdict-color' as string]: color }}>
      {verdict.label}
    </span>
  );
}
