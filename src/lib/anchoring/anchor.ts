// Re-anchoring: finds where a claim's quote is in an article's (possibly edited) body_text.
//
// The rules, tried in this order; the first that succeeds decides:
//  1. position — the stored [start, end) still holds exactly the quote: method 'position', score 1.
//  2. exact — the quote occurs verbatim elsewhere. Every occurrence is ranked by how many
//     characters of the stored prefix (read backwards from the quote) and suffix (read forwards)
//     agree with the text around it, then by nearness to the old start, then by reading order.
//     A short quote (under minFuzzyQuoteLength characters, e.g. "ICE") is identified by its
//     surroundings only, so it is accepted only if at least minShortQuoteContext of its context
//     agrees; otherwise it is an orphan rather than a guess at another occurrence of the word.
//  3. fuzzy — only for quotes of at least minFuzzyQuoteLength characters: approximate matches with
//     at most maxErrorsFor(quote) edits (a quarter of the quote's length, never over 32), searched
//     first within windowPaddingFor(quote) characters around the old position and, if nothing there
//     is accepted, in the whole text. Each candidate is scored
//        score = 0.75 * quoteSimilarity + 0.2 * contextAgreement + 0.05 * nearness
//     with quoteSimilarity = 1 - errors / quote length, contextAgreement = agreeing prefix and
//     suffix characters / stored prefix and suffix characters (1 when nothing was stored), and
//     nearness = 1 - distance to the old start / text length (1 without an old position).
//     The best candidate is accepted only if quoteSimilarity >= minQuoteSimilarity (0.75) and
//     score >= minFuzzyScore (0.75): a changed quote whose surroundings changed too is not trusted.
//  4. orphan — nothing else; the claim is listed as Unanchored, never attached to a guess.
// The score of rules 2 and 3 is the same formula (quoteSimilarity is 1 for an exact match).
import { findApproximateMatches, type FuzzyMatch } from './fuzzy-match';
import type { TextAnchor } from './selectors';

export type StoredAnchor = Pick<TextAnchor, 'exact' | 'prefix' | 'suffix'> & {
  start: number | null;
  end: number | null;
};

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'exact' | 'fuzzy'; score: number }
  | { status: 'orphan' };

export const minFuzzyQuoteLength = 10;
export const minShortQuoteContext = 0.5;
export const minQuoteSimilarity = 0.75;
export const minFuzzyScore = 0.75;
const maxErrorRatio = 0.25;
const maxErrorsCap = 32;

const weights = { quote: 0.75, context: 0.2, nearness: 0.05 };

const orphan: AnchorResult = { status: 'orphan' };

export function maxErrorsFor(exact: string): number {
  return Math.min(maxErrorsCap, Math.floor(exact.length * maxErrorRatio));
}

// Wide enough for the quote to have moved by a few sentences since its offsets were stored.
export function windowPaddingFor(exact: string): number {
  return Math.max(256, exact.length * 2);
}

export function anchorQuote(text: string, anchor: StoredAnchor): AnchorResult {
  const { exact } = anchor;
  if (exact.length === 0) return orphan;
  const oldStart = validOffset(anchor.start, text);
  const oldEnd = validOffset(anchor.end, text);

  if (oldStart !== null && oldEnd !== null && oldEnd - oldStart === exact.length && text.startsWith(exact, oldStart)) {
    return { status: 'anchored', start: oldStart, end: oldEnd, method: 'position', score: 1 };
  }

  const scorer = new CandidateScorer(text, anchor, oldStart);
  const exactMatch = bestExactMatch(text, exact, scorer);
  if (exactMatch) return exactMatch;
  if (exact.length < minFuzzyQuoteLength) return orphan;

  const maxErrors = maxErrorsFor(exact);
  if (oldStart !== null) {
    const padding = windowPaddingFor(exact);
    const from = Math.max(0, oldStart - padding);
    const to = Math.min(text.length, (oldEnd ?? oldStart + exact.length) + padding);
    const nearby = bestFuzzyMatch(findApproximateMatches(text, exact, maxErrors, from, to), scorer);
    if (nearby) return nearby;
    if (from === 0 && to === text.length) return orphan;
  }
  return bestFuzzyMatch(findApproximateMatches(text, exact, maxErrors), scorer) ?? orphan;
}

function bestExactMatch(text: string, exact: string, scorer: CandidateScorer): AnchorResult | null {
  let best: { start: number; context: number; distance: number } | null = null;
  for (let start = text.indexOf(exact); start !== -1; start = text.indexOf(exact, start + 1)) {
    const context = scorer.agreeingContext(start, start + exact.length);
    const distance = scorer.distance(start);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { start, context, distance };
    }
  }
  if (!best) return null;
  const contextAgreement = scorer.contextAgreement(best.context);
  if (exact.length < minFuzzyQuoteLength && contextAgreement < minShortQuoteContext) return null;
  return {
    status: 'anchored',
    start: best.start,
    end: best.start + exact.length,
    method: 'exact',
    score: scorer.score(1, contextAgreement, best.start),
  };
}

function bestFuzzyMatch(matches: FuzzyMatch[], scorer: CandidateScorer): AnchorResult | null {
  let best: { match: FuzzyMatch; score: number; quoteSimilarity: number } | null = null;
  for (const match of matches) {
    const quoteSimilarity = 1 - match.errors / scorer.quoteLength;
    const contextAgreement = scorer.contextAgreement(scorer.agreeingContext(match.start, match.end));
    const score = scorer.score(quoteSimilarity, contextAgreement, match.start);
    if (!best || score > best.score) best = { match, score, quoteSimilarity };
  }
  if (!best || best.quoteSimilarity < minQuoteSimilarity || best.score < minFuzzyScore) return null;
  return { status: 'anchored', start: best.match.start, end: best.match.end, method: 'fuzzy', score: best.score };
}

// Scores candidate ranges of the text against one stored anchor.
class CandidateScorer {
  readonly quoteLength: number;
  private readonly contextLength: number;

  constructor(
    private readonly text: string,
    private readonly anchor: StoredAnchor,
    private readonly oldStart: number | null,
  ) {
    this.quoteLength = anchor.exact.length;
    this.contextLength = anchor.prefix.length + anchor.suffix.length;
  }

  // How many characters just before `start` end like the stored prefix, plus how many just
  // after `end` start like the stored suffix.
  agreeingContext(start: number, end: number): number {
    const { prefix, suffix } = this.anchor;
    let before = 0;
    while (before < prefix.length && start - before > 0 && this.text[start - before - 1] === prefix[prefix.length - before - 1]) {
      before += 1;
    }
    let after = 0;
    while (after < suffix.length && end + after < this.text.length && this.text[end + after] === suffix[after]) {
      after += 1;
    }
    return before + after;
  }

  contextAgreement(agreeingCharacters: number): number {
    return this.contextLength === 0 ? 1 : agreeingCharacters / this.contextLength;
  }

  distance(start: number): number {
    return this.oldStart === null ? 0 : Math.abs(start - this.oldStart);
  }

  score(quoteSimilarity: number, contextAgreement: number, start: number): number {
    const nearness = 1 - this.distance(start) / Math.max(1, this.text.length);
    return weights.quote * quoteSimilarity + weights.context * contextAgreement + weights.nearness * nearness;
  }
}

function validOffset(offset: number | null, text: string): number | null {
  return offset !== null && Number.isInteger(offset) && offset >= 0 && offset <= text.length ? offset : null;
}
