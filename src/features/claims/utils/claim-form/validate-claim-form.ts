// The schema's limits checked in the browser, so a user learns what is wrong next to the
// field before anything is sent (the database checks the same rules again).
import type { ClaimFormValues } from './claim-form-values';

export const claimLimits = {
  quote: 5000,
  claimText: 5000,
  claimant: 500,
  appearanceUrl: 2048,
  correctionNote: 2000,
  rationale: 20000,
  sourceUrl: 2048,
  sourceTitle: 500,
  sourcePublisher: 500,
  sourceQuote: 5000,
} as const;

export type SourceErrors = Partial<Record<'url' | 'title' | 'publisher' | 'quote', string>>;

export type ClaimFormErrors = {
  claimText?: string;
  claimant?: string;
  claimDate?: string;
  appearanceUrl?: string;
  correctionNote?: string;
  rationale?: string;
  // By source id.
  sources: Record<string, SourceErrors>;
};

const count = new Intl.NumberFormat('en-US');

// Postgres's char_length counts code points; an emoji is one character there, two in .length.
function characters(value: string): number {
  return Array.from(value).length;
}

function tooLong(what: string, length: number, limit: number): string {
  return `${what} is ${count.format(length)} characters long; the limit is ${count.format(limit)}. Shorten it by ${count.format(length - limit)}.`;
}

// The same rule as the database's check on sources.url: http(s), a host, no white space.
const httpUrlPattern = /^https?:\/\/[^\s/?#]+\S*$/i;

export function isHttpUrl(value: string): boolean {
  if (!httpUrlPattern.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

// A date input gives YYYY-MM-DD; a claim is not made in the future.
function isPastOrToday(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return false;
  return value <= new Date().toISOString().slice(0, 10);
}

export function quoteProblem(exact: string): string | null {
  if (exact.trim() === '') return 'The selected passage is empty. Select the words that make the claim.';
  if (characters(exact) > claimLimits.quote) {
    return `${tooLong('The selected passage', characters(exact), claimLimits.quote)} Select a shorter passage to add a claim.`;
  }
  return null;
}

export function validateClaimForm(values: ClaimFormValues): ClaimFormErrors {
  const errors: ClaimFormErrors = { sources: {} };
  if (values.claimText.trim() === '') errors.claimText = 'Say what the claim is.';
  else if (characters(values.claimText.trim()) > claimLimits.claimText) {
    errors.claimText = tooLong('The claim', characters(values.claimText.trim()), claimLimits.claimText);
  }
  if (characters(values.claimant.trim()) > claimLimits.claimant) {
    errors.claimant = tooLong('The claimant', characters(values.claimant.trim()), claimLimits.claimant);
  }
  if (values.claimDate !== '' && !isPastOrToday(values.claimDate)) {
    errors.claimDate = 'Enter the date the claim was made (today or earlier), or leave it empty.';
  }
  const appearanceUrl = values.appearanceUrl.trim();
  if (characters(appearanceUrl) > claimLimits.appearanceUrl) {
    errors.appearanceUrl = tooLong('The address', characters(appearanceUrl), claimLimits.appearanceUrl);
  } else if (appearanceUrl !== '' && !isHttpUrl(appearanceUrl)) {
    errors.appearanceUrl = 'Enter a web address starting with http:// or https://, or leave it empty.';
  }
  if (values.correctionNote !== null && characters(values.correctionNote.trim()) > claimLimits.correctionNote) {
    errors.correctionNote = tooLong('The correction note', characters(values.correctionNote.trim()), claimLimits.correctionNote);
  }
  if (characters(values.rationale) > claimLimits.rationale) {
    errors.rationale = tooLong('The rationale (with its formatting)', characters(values.rationale), claimLimits.rationale);
  }
  for (const source of values.sources) {
    const problems: SourceErrors = {};
    const url = source.url.trim();
    if (url === '') problems.url = 'Enter the address of the source.';
    else if (characters(url) > claimLimits.sourceUrl) {
      problems.url = tooLong('The address', characters(url), claimLimits.sourceUrl);
    } else if (!isHttpUrl(url)) {
      problems.url = 'Enter a web address starting with http:// or https://, such as https://example.org/report.';
    }
    if (characters(source.title.trim()) > claimLimits.sourceTitle) {
      problems.title = tooLong('The title', characters(source.title.trim()), claimLimits.sourceTitle);
    }
    if (characters(source.publisher.trim()) > claimLimits.sourcePublisher) {
      problems.publisher = tooLong('The publisher', characters(source.publisher.trim()), claimLimits.sourcePublisher);
    }
    if (characters(source.quote.trim()) > claimLimits.sourceQuote) {
      problems.quote = tooLong('The quote', characters(source.quote.trim()), claimLimits.sourceQuote);
    }
    if (Object.keys(problems).length > 0) errors.sources[source.id] = problems;
  }
  return errors;
}

export function hasErrors(errors: ClaimFormErrors): boolean {
  return (
    errors.claimText !== undefined ||
    errors.claimant !== undefined ||
    errors.claimDate !== undefined ||
    errors.appearanceUrl !== undefined ||
    errors.correctionNote !== undefined ||
    errors.rationale !== undefined ||
    Object.keys(errors.sources).length > 0
  );
}
