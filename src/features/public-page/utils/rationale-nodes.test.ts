// @vitest-environment happy-dom
// What survives of a stored rationale on the public page: the editor's paragraphs, emphasis,
// line breaks and http(s) links; never a script, a handler, a javascript: link or other markup.
import { describe, expect, it } from 'vitest';
import { parseRationale, type RationaleNode } from './rationale-nodes';

// What a reader would read of the nodes, markup aside.
function rationaleText(nodes: readonly RationaleNode[]): string {
  return nodes
    .map((node) => (node.kind === 'text' ? node.text : node.kind === 'break' ? '\n' : rationaleText(node.children)))
    .join('');
}

describe('parseRationale', () => {
  it('keeps what the rationale editor writes', () => {
    expect(
      parseRationale(
        '<p>ICE figures show <strong>about 2,000</strong> a day, <em>not</em> 3,000.<br>See <a href="https://www.ice.gov/statistics">ICE statistics</a>.</p>',
      ),
    ).toEqual([
      {
        kind: 'element',
        tag: 'p',
        children: [
          { kind: 'text', text: 'ICE figures show ' },
          { kind: 'element', tag: 'strong', children: [{ kind: 'text', text: 'about 2,000' }] },
          { kind: 'text', text: ' a day, ' },
          { kind: 'element', tag: 'em', children: [{ kind: 'text', text: 'not' }] },
          { kind: 'text', text: ' 3,000.' },
          { kind: 'break' },
          { kind: 'text', text: 'See ' },
          { kind: 'link', href: 'https://www.ice.gov/statistics', children: [{ kind: 'text', text: 'ICE statistics' }] },
          { kind: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('reads b and i as strong and em', () => {
    expect(parseRationale('<b>record</b><i>arrests</i>')).toEqual([
      { kind: 'element', tag: 'strong', children: [{ kind: 'text', text: 'record' }] },
      { kind: 'element', tag: 'em', children: [{ kind: 'text', text: 'arrests' }] },
    ]);
  });

  const hostile: { name: string; html: string; text: string }[] = [
    { name: 'a script and its code', html: '<p>Before<script>alert(1)</script> after</p>', text: 'Before after' },
    { name: 'a style sheet', html: '<style>body{display:none}</style><p>Arrests</p>', text: 'Arrests' },
    { name: 'an image with an error handler', html: '<p>x<img src=x onerror="alert(1)">y</p>', text: 'xy' },
    { name: 'an iframe', html: '<iframe src="javascript:alert(1)">inside</iframe><p>ok</p>', text: 'ok' },
    { name: 'a template holding a script', html: '<template><script>alert(1)</script></template><p>ok</p>', text: 'ok' },
  ];

  it.each(hostile)('drops $name', ({ html, text }) => {
    const nodes = parseRationale(html);
    expect(rationaleText(nodes)).toBe(text);
    expect(JSON.stringify(nodes)).not.toMatch(/alert|onerror|script|img|iframe/);
  });

  const links: { href: string; kept: string | null }[] = [
    { href: 'https://www.nbcnews.com/news', kept: 'https://www.nbcnews.com/news' },
    { href: 'http://example.org', kept: 'http://example.org/' },
    { href: 'javascript:alert(document.cookie)', kept: null },
    { href: '  JaVaScRiPt:alert(1)', kept: null },
    { href: 'data:text/html,<script>alert(1)</script>', kept: null },
    { href: 'mailto:tips@example.org', kept: null },
    { href: '/p/relative', kept: null },
  ];

  it.each(links)('turns a link to $href into a link only when it is http(s)', ({ href, kept }) => {
    const nodes = parseRationale(`<p><a href="${href}" onclick="alert(1)" target="_self">the report</a></p>`);
    const [paragraph] = nodes;
    const expected = kept === null ? { kind: 'text', text: 'the report' } : { kind: 'link', href: kept, children: [{ kind: 'text', text: 'the report' }] };
    expect(paragraph).toEqual({ kind: 'element', tag: 'p', children: [expected] });
  });

  it('unwraps other elements, keeping their text', () => {
    expect(rationaleText(parseRationale('<div><ul><li>one</li><li>two</li></ul><span style="color:red">three</span></div>'))).toBe('onetwothree');
  });

  it('has nothing to show for an empty rationale', () => {
    expect(parseRationale(null)).toEqual([]);
    expect(parseRationale('   ')).toEqual([]);
  });
});
