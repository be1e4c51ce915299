// Turns the seed article fixture into what articles stores: a Tiptap document with one
// paragraph per block of the fixture, and body_text, the paragraphs joined by "\n\n" (the
// documented body -> body_text mapping, the same as Tiptap's getText default).

export interface SeedArticle {
  publishedAt: string;
  paragraphs: string[];
  body: { type: 'doc'; content: { type: 'paragraph'; content: { type: 'text'; text: string }[] }[] };
  bodyText: string;
}

export const paragraphSeparator = '\n\n';

// The fixture opens with " date YYYY-MM-DD ": the publication date, not article text.
const dateLine = /^ ?date (\d{4}-\d{2}-\d{2}) /;

export function parseSeedArticle(fixture: string): SeedArticle {
  const match = dateLine.exec(fixture);
  if (!match?.[1]) throw new Error('the seed article must start with " date YYYY-MM-DD "');
  const text = fixture.slice(match[0].length).replace(/\n+$/, '');
  const paragraphs = text.split(paragraphSeparator);
  for (const paragraph of paragraphs) {
    if (paragraph === '' || paragraph.includes('\n')) {
      throw new Error(`paragraphs must be separated by exactly one blank line: ${JSON.stringify(paragraph.slice(0, 60))}`);
    }
  }
  return {
    publishedAt: match[1],
    paragraphs,
    body: {
      type: 'doc',
      content: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: paragraph }],
      })),
    },
    bodyText: paragraphs.join(paragraphSeparator),
  };
}
