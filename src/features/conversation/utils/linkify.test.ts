// Which parts of a comment become links, and that nothing but http(s) ever does.
import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('leaves text without URLs as one text piece', () => {
    expect(linkify('No links here.')).toEqual([{ kind: 'text', text: 'No links here.' }]);
  });

  it('turns http and https URLs into links, keeping the text around them', () => {
    expect(linkify('See https://example.org/report?id=3#p2 and http://example.com now')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/report?id=3#p2', href: 'https://example.org/report?id=3#p2' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'http://example.com', href: 'http://example.com/' },
      { kind: 'text', text: ' now' },
    ]);
  });

  it('leaves trailing sentence punctuation out of the link', () => {
    expect(linkify('Read https://example.org/a.')).toEqual([
      { kind: 'text', text: 'Read ' },
      { kind: 'link', text: 'https://example.org/a', href: 'https://example.org/a' },
      { kind: 'text', text: '.' },
    ]);
    expect(linkify('(source: https://example.org/b), "https://example.org/c"!')).toEqual([
      { kind: 'text', text: '(source: ' },
      { kind: 'link', text: 'https://example.org/b', href: 'https://example.org/b' },
      { kind: 'text', text: '), "' },
      { kind: 'link', text: 'https://example.org/c', href: 'https://example.org/c' },
      { kind: 'text', text: '"!' },
    ]);
  });

  it('keeps brackets the URL itself opened', () => {
    expect(linkify('https://en.wikipedia.org/wiki/Crime_(disambiguation).')).toEqual([
      { kind: 'link', text: 'https://en.wikipedia.org/wiki/Crime_(disambiguation)', href: 'https://en.wikipedia.org/wiki/Crime_(disambiguation)' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links other schemes', () => {
    for (const text of [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)//https',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:someone@example.org',
      'ftp://example.org/file',
      'www.example.org',
    ]) {
      expect(linkify(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('does not start a link in the middle of a word or accept a URL without a host', () => {
    expect(linkify('xhttps://example.org')).toEqual([{ kind: 'text', text: 'xhttps://example.org' }]);
    expect(linkify('https://')).toEqual([{ kind: 'text', text: 'https://' }]);
  });

  it('stops a link at markup characters, which stay text', () => {
    expect(linkify('https://example.org/<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'link', text: 'https://example.org/', href: 'https://example.org/' },
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
    expect(linkify('"https://example.org/" onclick="alert(1)')).toEqual([
      { kind: 'text', text: '"' },
      { kind: 'link', text: 'https://example.org/', href: 'https://example.org/' },
      { kind: 'text', text: '" onclick="alert(1)' },
    ]);
  });

  it('joins the pieces back into the original text', () => {
    const text = 'a https://x.example/1, b\nhttp://y.example/(2)) c javascript:void(0)';
    expect(linkify(text).map((piece) => piece.text).join('')).toBe(text);
  });
});
