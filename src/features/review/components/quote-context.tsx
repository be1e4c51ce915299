// The claim's words marked in their paragraph of the article, enough context to judge it.
import { quoteInContext } from '../utils/quote-in-context';

export function QuoteContext({
  bodyText,
  claim,
}: {
  bodyText: string;
  claim: { quote_exact: string; start_offset: number | null; end_offset: number | null };
}) {
  const context = quoteInContext(bodyText, claim);
  if (!context.found) {
    return (
      <>
        <blockquote>
          <mark>{context.quote}</mark>
        </blockquote>
        <p className="review-hint">This quote was not found in the current text of the article.</p>
      </>
    );
  }
  return (
    <p>
      {context.before}
      <mark>{context.quote}</mark>
      {context.after}
    </p>
  );
}
