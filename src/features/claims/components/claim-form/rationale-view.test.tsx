// @vitest-environment happy-dom
// What a stored rationale looks like on the page: the editor's formatting survives, and
// scripts, event handlers and non-http(s) links written straight into the database do not.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RationaleView } from './rationale-view';

function render(html: string | null) {
  return renderToStaticMarkup(<RationaleView html={html} />);
}

describe('RationaleView', () => {
  it('shows paragraphs, emphasis, line breaks and http(s) links as the editor wrote them', () => {
    const markup = render(
      '<p>The <strong>figure</strong> is <em>wrong</em>.<br>See <a href="https://example.org/report">the report</a>.</p><p>Second</p>',
    );
    expect(markup).toBe(
      '<div class="rationale"><p>The <strong>figure</strong> is <em>wrong</em>.<br/>See <a href="https://example.org/report" target="_blank" rel="noopener noreferrer">the report<span class="visually-hidden"> (opens in a new tab)</span></a>.</p><p>Second</p></div>',
    );
  });

  it('drops scripts, keeping the surrounding text', () => {
    const markup = render('<p>Before<script>alert(1)</script> after</p><script>alert(2)</script>');
    expect(markup).not.toContain('<script');
    expect(markup).not.toContain('alert');
    expect(markup).toContain('Before after');
  });

  it('drops event handler attributes and the elements that carry them', () => {
    const markup = render(
      '<p onclick="alert(1)">Text<img src=x onerror="alert(2)"><strong onmouseover="alert(3)">bold</strong></p>',
    );
    expect(markup).not.toMatch(/on(click|error|mouseover)/i);
    expect(markup).not.toContain('<img');
    expect(markup).toContain('<p>Text<strong>bold</strong></p>');
  });

  it('turns javascript: and other non-http links into plain text', () => {
    const markup = render(
      '<p><a href="javascript:alert(1)">one</a> <a href=" JaVaScRiPt:alert(2)">two</a> <a href="data:text/html,x">three</a> <a href="mailto:a@b.c">four</a></p>',
    );
    expect(markup).not.toContain('<a');
    expect(markup).not.toMatch(/javascript|data:|mailto/i);
    expect(markup).toContain('one two three four');
  });

  it('reduces nested junk to the text the schema can hold', () => {
    const markup = render(
      '<div><table><tr><td><h1>Title</h1></td></tr></table><ul><li>item <a href="https://ok.example/"><object data="javascript:alert(1)"></object>link</a></li></ul><style>p{}</style><svg><script>alert(1)</script></svg><!-- comment --></div>',
    );
    expect(markup).not.toMatch(/<(table|h1|ul|li|object|style|svg|script)/);
    expect(markup).not.toMatch(/alert|javascript|comment/);
    expect(markup).toContain('Title');
    expect(markup).toContain('<a href="https://ok.example/" target="_blank" rel="noopener noreferrer">link<span class="visually-hidden"> (opens in a new tab)</span></a>');
  });

  it('escapes text that looks like markup instead of interpreting it', () => {
    const markup = render('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(markup).toBe('<div class="rationale"><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></div>');
  });

  it('renders nothing for an empty or missing rationale', () => {
    expect(render(null)).toBe('');
    expect(render('')).toBe('');
    expect(render('<p></p><script>x</script>')).toBe('');
  });
});
