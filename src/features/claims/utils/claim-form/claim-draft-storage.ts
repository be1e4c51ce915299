// Keeps the claim being written in localStorage, so a reload, a crash or a lost network
// loses nothing. One draft per article and claim (or per selected passage for a new claim);
// it is removed only when the claim is saved or the user discards it.
import type { ClaimFormValues, SourceFormValues } from './claim-form-values';

export type ClaimDraft = {
  claimId: string;
  // The version the changes were made on; null for a claim never saved.
  baseVersion: number | null;
  values: ClaimFormValues;
  savedAt: string;
};

// Whether this device holds a copy of the claim being written, and how it got there, for the
// panel's status line.
export type DraftState = 'none' | 'restored' | 'kept' | 'not-kept';

const prefix = 'factmark:claim-draft:';

export function claimDraftKey(
  articleId: string,
  target: { claimId: string } | { start: number | null; end: number | null },
): string {
  if ('claimId' in target) return `${prefix}${articleId}:${target.claimId}`;
  return `${prefix}${articleId}:new:${target.start ?? ''}-${target.end ?? ''}`;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isSource(value: unknown): value is SourceFormValues {
  if (typeof value !== 'object' || value === null) return false;
  const source = value as Record<string, unknown>;
  return (
    isString(source.id) &&
    isString(source.url) &&
    isString(source.title) &&
    isString(source.publisher) &&
    ['supports', 'refutes', 'context'].includes(source.stance as string) &&
    isString(source.quote) &&
    (source.accessedOn === null || isString(source.accessedOn))
  );
}

function isDraft(value: unknown): value is ClaimDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  const values = draft.values as Record<string, unknown> | null;
  return (
    isString(draft.claimId) &&
    (draft.baseVersion === null || Number.isInteger(draft.baseVersion)) &&
    isString(draft.savedAt) &&
    typeof values === 'object' &&
    values !== null &&
    isString(values.claimText) &&
    isString(values.claimant) &&
    (values.claimantKind === undefined || values.claimantKind === 'person' || values.claimantKind === 'organization') &&
    (values.claimDate === undefined || isString(values.claimDate)) &&
    (values.appearanceUrl === undefined || isString(values.appearanceUrl)) &&
    (values.correctionNote === undefined || values.correctionNote === null || isString(values.correctionNote)) &&
    isString(values.verdictId) &&
    isString(values.rationale) &&
    Array.isArray(values.sources) &&
    values.sources.every(isSource)
  );
}

export function readClaimDraft(storage: Storage, key: string): ClaimDraft | null {
  try {
    const stored = storage.getItem(key);
    if (stored === null) return null;
    const parsed: unknown = JSON.parse(stored);
    if (!isDraft(parsed)) return null;
    // Drafts kept before the claimant kind, date, appearance and correction note existed.
    const { claimantKind = 'person', claimDate = '', appearanceUrl = '', correctionNote = null } = parsed.values;
    return { ...parsed, values: { ...parsed.values, claimantKind, claimDate, appearanceUrl, correctionNote } };
  } catch {
    return null;
  }
}

// False when the browser refuses (storage full or disabled), so the panel can say so.
export function writeClaimDraft(storage: Storage, key: string, draft: ClaimDraft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeClaimDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage that cannot be written holds no draft to remove.
  }
}
