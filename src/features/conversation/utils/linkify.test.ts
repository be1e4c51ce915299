// Which parts of a comment become links, and that nothing but http(s) ever does.
import { describe, expect, it } from 'vitest';
import { linkify, type TextPiece } from './linkify';

const text = (value: string): TextPiece => ({ kind: 'text', text: value });
const link = (value: string, href = value): TextPiece => ({ kind: 'link', text: value, href });
const asText = (value: string): [string, TextPiece[]] => [value, [text(value)]];

const rules: { rule: string; examples: [string, TextPiece[]][] }[] = [
  { rule: 'leaves text without URLs as one text piece', examples: [asText('No links here.')] },
  {
    rule: 'turns http and https URLs into links, keeping the text around them',
    examples: [
      [
        'See https://example.org/report?id=3#p2 and http://example.com now',
        [text('See '), link('https://example.org/report?id=3#p2'), text(' and '), link('http://example.com', 'http://example.com/'), text(' now')],
      ],
    ],
  },
  {
    rule: 'leaves trailing sentence punctuation out of the link',
    examples: [
      ['Read https://example.org/a.', [text('Read '), link('https://example.org/a'), text('.')]],
      [
        '(source: https://example.org/b), "https://example.org/c"!',
        [text('(source: '), link('https://example.org/b'), text('), "'), link('https://example.org/c'), text('"!')],
      ],
    ],
  },
  {
    rule: 'keeps brackets the URL itself opened',
    examples: [['https://en.wikipedia.org/wiki/Crime_(disambiguation).', [link('https://en.wikipedia.org/wiki/Crime_(disambiguation)'), text('.')]]],
  },
  {
    rule: 'never links other schemes',
    examples: [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)//https',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:someone@example.org',
      'ftp://example.org/file',
      'www.example.org',
    ].map(asText),
  },
  {
    rule: 'does not start a link in the middle of a word or accept a URL without a host',
    examples: [asText('xhttps://example.org'), asText('https://')],
  },
  {
    rule: 'stops a link at markup characters, which stay text',
    examples: [
      ['https://example.org/<img src=x onerror=alert(1)>', [link('https://example.org/'), text('<img src=x onerror=alert(1)>')]],
      ['"https://example.org/" onclick="alert(1)', [text('"'), link('https://example.org/'), text('" onclick="alert(1)')]],
    ],
  },
];

describe('linkify', () => {
  it.each(rules)('$rule', ({ examples }) => {
    for (const [input, pieces] of examples) expect(linkify(input), input).toEqual(pieces);
  });

  it('joins the pieces back into the original text', () => {
    const original = 'a https://x.example/1, b\nhttp://y.example/(2)) c javascript:void(0)';
    expect(linkify(original).map((piece) => piece.text).join('')).toBe(original);
  });
});
