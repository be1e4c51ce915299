// Approximate string search for re-anchoring, a thin typed wrapper around approx-string-match
// (Myers' bit-parallel algorithm, the library Hypothesis uses) that can search a slice of the
// text and still report offsets in the whole text.
import search from 'approx-string-match';

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

// Every match of `pattern` in text[from, to) with the fewest edits (insertions, deletions,
// substitutions), provided that is at most maxErrors; offsets are in `text`. The library reports
// only the lowest-error matches of the region searched, which is why callers search near the
// old position first.
export function findApproximateMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): FuzzyMatch[] {
  if (pattern.length === 0 || from >= to) return [];
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(region, pattern, maxErrors).map((match) => ({
    start: match.start + from,
    end: match.end + from,
    errors: match.errors,
  }));
}
