// What a comment's text becomes on the page: markup typed into a comment stays text, and
// only http(s) addresses become links that open in a new tab without access to this one.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LinkifiedText } from './linkified-text';

function render(text: string) {
  return renderToStaticMarkup(<LinkifiedText text={text} />);
}

describe('LinkifiedText', () => {
  it('renders an https address as a new-tab link with rel="noopener noreferrer"', () => {
    expect(render('See https://example.org/a.')).toBe(
      'See <a href="https://example.org/a" target="_blank" rel="noopener noreferrer">https://example.org/a<span class="visually-hidden"> (opens in a new tab)</span></a>.',
    );
  });

  it('escapes markup typed into a comment', () => {
    expect(render('<img src=x onerror=alert(1)> & <script>alert(2)</script>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;alert(2)&lt;/script&gt;',
    );
  });

  it('leaves a javascript: pseudo-link as text', () => {
    expect(render('javascript:alert(document.cookie)')).toBe('javascript:alert(document.cookie)');
  });
});
