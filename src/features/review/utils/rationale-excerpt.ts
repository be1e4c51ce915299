// The first lines of a rationale as plain text, for the Publish confirmation: the rationale
// is stored as HTML, and the dialog shows words, never markup. Cut at a word, with "…".

export const excerptLength = 280;

export function rationaleExcerpt(html: string | null, parse: (html: string) => string = textOfHtml): string {
  if (html === null) return '';
  const text = parse(html).replace(/\s+/g, ' ').trim();
  if (text.length <= excerptLength) return text;
  const cut = text.slice(0, excerptLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : text.slice(0, excerptLength)).replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

// Parsed as an inert document: nothing in it loads or runs.
function textOfHtml(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}
