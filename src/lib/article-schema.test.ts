// @vitest-environment happy-dom
// What the article schema keeps and drops, through the same parser and serializer Tiptap uses
// when HTML is pasted and when a stored body is shown.
import { generateJSON, getSchema, type JSONContent } from '@tiptap/core';
import { DOMSerializer, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { articleExtensions, isAllowedArticleLink } from './article-schema';

const schema = getSchema(articleExtensions);

function render(body: JSONContent): HTMLElement {
  const container = document.createElement('div');
  const doc = ProseMirrorNode.fromJSON(schema, body);
  container.append(DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document }));
  return container;
}

function parse(html: string): JSONContent {
  return generateJSON(html, articleExtensions);
}

describe('articleExtensions schema', () => {
  it('keeps the nodes and marks an article needs and nothing else', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'doc',
        'hardBreak',
        'heading',
        'listItem',
        'orderedList',
        'paragraph',
        'text',
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link']);
  });

  it('keeps headings, lists, blockquotes, emphasis, hard breaks and http(s)/mailto links', () => {
    const body = parse(
      '<h2>Heading</h2><p>One <strong>bold</strong> <em>it</em><br>line</p>' +
        '<ul><li><p>bullet</p></li></ul><ol><li><p>first</p></li></ol>' +
        '<blockquote><p>quoted</p></blockquote>' +
        '<p><a href="https://example.org/a">https</a> <a href="http://example.org">http</a> ' +
        '<a href="mailto:desk@example.org">mail</a></p>',
    );
    const html = render(body).innerHTML;
    expect(html).toContain('<h2>Heading</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>it</em>');
    expect(html).toContain('<br>');
    expect(html).toContain('<ul><li><p>bullet</p></li></ul>');
    expect(html).toContain('<ol><li><p>first</p></li></ol>');
    expect(html).toContain('<blockquote><p>quoted</p></blockquote>');
    const links = [...render(body).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a',
      'http://example.org',
      'mailto:desk@example.org',
    ]);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
  });

  it('drops scripts, styles, images, event handlers and unsafe links from pasted HTML, keeping their text', () => {
    const body = parse(
      '<style>p { color: red }</style><script>alert(1)</script>' +
        '<p onclick="alert(2)" style="color:red">Visible <img src="x" onerror="alert(3)"> text</p>' +
        '<p><a href="javascript:alert(4)">js link</a> <a href="data:text/html,<script>alert(5)</script>">data link</a> ' +
        '<a href="/relative">relative</a> <a href=" JaVaScRiPt:alert(6)">spaced</a></p>' +
        '<pre><code>code()</code></pre><hr><p><s>struck</s> <u>under</u> <code>inline</code></p>',
    );
    const serialized = JSON.stringify(body);
    for (const gone of ['alert', 'onerror', 'onclick', 'style', 'image', 'img', 'javascript', 'data:', 'relative"']) {
      expect(serialized.toLowerCase()).not.toContain(gone);
    }
    expect(serialized).not.toContain('"link"');
    const rendered = render(body);
    expect(rendered.textContent).toMatch(/Visible\s+text/);
    expect(rendered.textContent).toContain('js link');
    expect(rendered.textContent).toContain('code()');
    expect(rendered.textContent).toContain('struck under inline');
    expect(rendered.querySelectorAll('script, style, img, a, pre, code, hr, s, u')).toHaveLength(0);
    for (const element of rendered.querySelectorAll('*')) {
      expect(element.getAttributeNames().filter((name) => name.startsWith('on') || name === 'style')).toEqual([]);
    }
  });

  it('renders a stored body with markup in its text and a javascript: link as harmless text', () => {
    const rendered = render({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { onerror: 'alert(1)' },
          content: [
            { type: 'text', text: '<script>alert(1)</script> <img src=x onerror=alert(2)>' },
            {
              type: 'text',
              text: 'click me',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)', rel: 'opener', onclick: 'alert(4)' } }],
            },
            {
              type: 'text',
              text: 'safe',
              marks: [{ type: 'link', attrs: { href: 'https://example.org', rel: 'opener', target: '_self' } }],
            },
          ],
        },
      ],
    });
    expect(rendered.querySelectorAll('script, img')).toHaveLength(0);
    expect(rendered.textContent).toContain('<script>alert(1)</script> <img src=x onerror=alert(2)>');
    const links = [...rendered.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]?.outerHTML).toBe(
      '<a target="_blank" rel="noopener noreferrer" href="https://example.org">safe</a>',
    );
    expect(rendered.innerHTML).not.toContain('javascript:');
    expect(rendered.innerHTML).not.toContain('onerror="');
    expect(rendered.innerHTML).not.toContain('onclick');
  });
});

describe('isAllowedArticleLink', () => {
  it('allows absolute http, https and mailto URLs only', () => {
    expect(isAllowedArticleLink('https://example.org/x?y#z')).toBe(true);
    expect(isAllowedArticleLink('HTTP://EXAMPLE.ORG')).toBe(true);
    expect(isAllowedArticleLink('mailto:desk@example.org')).toBe(true);
    for (const refused of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'ftp://example.org',
      '/relative',
      '//example.org',
      '',
      null,
      undefined,
    ]) {
      expect(isAllowedArticleLink(refused)).toBe(false);
    }
  });
});
