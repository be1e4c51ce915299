// The verdicts a claim form offers: the scale without retired verdicts (the database refuses
// to give one to a claim), except the one the claim already has, which it keeps until changed.
export function verdictsForNewClaims<T extends { id: string; retired: boolean }>(
  scale: readonly T[],
  currentVerdictId: string | null = null,
): T[] {
  return scale.filter((verdict) => !verdict.retired || verdict.id === currentVerdictId);
}
