// The paragraph of an article's body_text that holds a claim's quote, split around the
// quote so the review view can mark it. Paragraphs are separated by "\n\n" (the text
// mapping of src/lib/anchoring/prosemirror-text.ts).

export type QuoteInContext =
  | { found: true; before: string; quote: string; after: string }
  | { found: false; quote: string };

const paragraphBreak = '\n\n';

export function quoteInContext(
  bodyText: string,
  claim: { quote_exact: string; start_offset: number | null; end_offset: number | null },
): QuoteInContext {
  const { start_offset: start, end_offset: end } = claim;
  if (start === null || end === null || start < 0 || end > bodyText.length || end <= start) {
    return { found: false, quote: claim.quote_exact };
  }
  const paragraphStart = bodyText.lastIndexOf(paragraphBreak, start - 1);
  const from = paragraphStart < 0 || start === 0 ? 0 : paragraphStart + paragraphBreak.length;
  // A quote may run over a paragraph break; the context then ends with the paragraph it ends in.
  const paragraphEnd = bodyText.indexOf(paragraphBreak, end);
  const to = paragraphEnd < 0 ? bodyText.length : paragraphEnd;
  return {
    found: true,
    before: bodyText.slice(Math.min(from, start), start),
    quote: bodyText.slice(start, end),
    after: bodyText.slice(end, to),
  };
}
