// The words a fact-check rates in the sentence they stand in, the words themselves marked:
// what the public reads of an article that is not the newsroom's own text.
import { quoteInSentence } from '../utils/quote-in-sentence';

export function QuoteInSentence({ sentence, quote }: { sentence: string | null; quote: string }) {
  const parts = quoteInSentence(sentence, quote);
  return (
    <blockquote className="public-quote">
      <p>
        {parts.before}
        <mark className="public-quote-mark">{parts.quote}</mark>
        {parts.after}
      </p>
    </blockquote>
  );
}
