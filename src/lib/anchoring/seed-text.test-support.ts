// The seed article as the anchoring tests see it: its body_text built by the seed's own parser
// (the fixture without its date line, paragraphs joined by "\n\n"), so the tests run on the real
// text the app stores, and small helpers to edit that text the way an editor would.
import fixture from '../../../tests/fixtures/seed-article.txt?raw';
import { parseSeedArticle } from '../../../stack/seed/seed-article';
import { describeRange, type TextAnchor } from './selectors';

export const seedArticle = parseSeedArticle(fixture);
export const seedText = seedArticle.bodyText;

// The anchor a checker would store for the nth occurrence (0-based) of `quote` in `text`.
export function anchorOf(text: string, quote: string, occurrence = 0): TextAnchor {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`occurrence ${occurrence} of ${JSON.stringify(quote)} is not in the text`);
  }
  return describeRange(text, start, start + quote.length);
}

export function splice(text: string, at: number, deleteCount: number, insert = ''): string {
  return text.slice(0, at) + insert + text.slice(at + deleteCount);
}
