// Turns a selected range of body_text into what a claim stores about its words: the W3C Web
// Annotation TextQuoteSelector (exact, with up to 32 characters of prefix and suffix) and
// TextPositionSelector (start and end offsets), and says whether a range may be a claim at all.

export const quoteContextLength = 32;

export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

// A claim needs words: an empty range, one of only white space, or one reaching outside the
// text (a selection across the article's edge) is refused.
export function isAnchorableRange(text: string, start: number, end: number): boolean {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
  if (start < 0 || end > text.length || start >= end) return false;
  return /\S/.test(text.slice(start, end));
}

export function describeRange(text: string, start: number, end: number): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`[${start}, ${end}) is not a range of a text of ${text.length} characters`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - quoteContextLength), start),
    suffix: text.slice(end, end + quoteContextLength),
    start,
    end,
  };
}
