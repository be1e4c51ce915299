// Splits plain comment text into text and link pieces: only well-formed http(s) URLs become
// links, so a "javascript:" or "data:" address stays inert text. Sentence punctuation right
// after a URL ("see https://example.org.") belongs to the sentence, not the link.
export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const urlCandidate = /\bhttps?:\/\/[^\s<>"]+/gi;
const trailingPunctuation = /[.,;:!?'")\]}>*]$/;

function trimTrailingPunctuation(candidate: string): string {
  let url = candidate;
  while (trailingPunctuation.test(url)) {
    const last = url.at(-1);
    // A closing bracket the URL itself opened is part of it (Wikipedia-style addresses).
    if (last === ')' && count(url, '(') >= count(url, ')')) break;
    if (last === ']' && count(url, '[') >= count(url, ']')) break;
    url = url.slice(0, -1);
  }
  return url;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function safeHref(text: string): string | null {
  try {
    const url = new URL(text);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
    return url.href;
  } catch {
    return null;
  }
}

export function linkify(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let plain = '';
  let position = 0;
  for (const match of text.matchAll(urlCandidate)) {
    const url = trimTrailingPunctuation(match[0]);
    const href = safeHref(url);
    if (href === null) continue;
    plain += text.slice(position, match.index);
    if (plain !== '') pieces.push({ kind: 'text', text: plain });
    plain = '';
    pieces.push({ kind: 'link', text: url, href });
    position = match.index + url.length;
  }
  plain += text.slice(position);
  if (plain !== '') pieces.push({ kind: 'text', text: plain });
  return pieces;
}
