// The quoted words in the sentence they stand in, split so the page can mark the quote: the
// public sees a third party's article only as the sentences its fact-checks rate. The first
// place the quote stands is marked (the sentence was cut around that place); a sentence that
// no longer holds the quote, or none at all, leaves the quote on its own.

export interface QuoteInSentence {
  before: string;
  quote: string;
  after: string;
}

export function quoteInSentence(sentence: string | null, quote: string): QuoteInSentence {
  const at = sentence === null || quote === '' ? -1 : sentence.indexOf(quote);
  if (sentence === null || at < 0) return { before: '', quote, after: '' };
  return { before: sentence.slice(0, at), quote, after: sentence.slice(at + quote.length) };
}
