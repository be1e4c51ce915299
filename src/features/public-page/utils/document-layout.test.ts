// The public page's own reading of a stored Tiptap document: the same body_text as the
// annotating workspace's textMapOf (so claim offsets land on the same words), text split at
// the claims' edges, a label after each claim, and only safe links.
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { textMapOf } from '../../../lib/anchoring/prosemirror-text';
import { parseSeedArticle } from '../../../../stack/seed/seed-article';
import fixture from '../../../../tests/fixtures/seed-article.txt?raw';
import { bodyTextOfDocument, layoutDocument, type InlinePiece, type LaidOutBlock } from './document-layout';
import { richArticleDoc } from '../../../testing/rich-article-doc';

const schema = getSchema([StarterKit]);
const seed = parseSeedArticle(fixture);

function textblocks(blocks: LaidOutBlock[]): InlinePiece[][] {
  return blocks.flatMap((block) => (block.kind === 'textblock' ? [block.pieces] : textblocks(block.children)));
}

// The claim range of the first occurrence of `words` in the seed article's text.
function seedRange(claimId: string, words: string) {
  const start = seed.bodyText.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the seed article`);
  return { claimId, start, end: start + words.length };
}

describe('bodyTextOfDocument', () => {
  const documents = [
    { name: 'the seed article', doc: seed.body },
    { name: 'headings, marks, lists, an empty paragraph and a hard break', doc: richArticleDoc },
    { name: 'an empty document', doc: { type: 'doc', content: [] } },
  ];

  it.each(documents)('matches textMapOf for $name', ({ doc }) => {
    expect(bodyTextOfDocument(doc)).toBe(textMapOf(schema.nodeFromJSON(doc)).text);
  });

  it('is the body_text the seed stores', () => {
    expect(bodyTextOfDocument(seed.body)).toBe(seed.bodyText);
  });

  it('reads malformed JSON as an empty article instead of failing', () => {
    for (const doc of [null, 'doc', 42, { type: 'paragraph' }, { type: 'doc', content: 'x' }]) {
      expect(layoutDocument(doc, [])).toEqual({ text: '', blocks: [] });
    }
  });
});

describe('layoutDocument', () => {
  it('splits the seed article\'s text at Miller\'s claim and labels it after its last word', () => {
    const miller = seedRange('miller', 'a minimum of 3,000 arrests for ICE every day');
    const layout = layoutDocument(seed.body, [miller]);
    const paragraph = textblocks(layout.blocks).find((pieces) => pieces.some((piece) => piece.kind === 'label'))!;
    expect(paragraph.map((piece) => (piece.kind !== 'text' ? piece.kind : piece.claimIds.length > 0 ? 'claim' : 'text'))).toEqual([
      'text',
      'claim',
      'label',
      'text',
    ]);
    const highlighted = paragraph.flatMap((piece) => (piece.kind === 'text' && piece.claimIds.length > 0 ? [piece.text] : []));
    expect(highlighted.join('')).toBe('a minimum of 3,000 arrests for ICE every day');
  });

  const cases: { name: string; ranges: { claimId: string; start: number; end: number }[]; expected: unknown[] }[] = [
    {
      name: 'a claim across a bold word keeps the mark on its middle piece',
      ranges: [{ claimId: 'a', start: 13, end: 28 }],
      expected: [
        { kind: 'text', text: 'ICE ', marks: [], claimIds: [] },
        { kind: 'text', text: 'made ', marks: [], claimIds: ['a'] },
        { kind: 'text', text: 'record', marks: [{ kind: 'bold' }], claimIds: ['a'] },
        { kind: 'text', text: ' arr', marks: [], claimIds: ['a'] },
        { kind: 'label', claimId: 'a' },
        { kind: 'text', text: 'ests.', marks: [], claimIds: [] },
      ],
    },
    {
      name: 'overlapping claims list the innermost last and each gets its own label',
      ranges: [
        { claimId: 'outer', start: 9, end: 33 },
        { claimId: 'inner', start: 18, end: 24 },
      ],
      expected: [
        { kind: 'text', text: 'ICE made ', marks: [], claimIds: ['outer'] },
        { kind: 'text', text: 'record', marks: [{ kind: 'bold' }], claimIds: ['outer', 'inner'] },
        { kind: 'label', claimId: 'inner' },
        { kind: 'text', text: ' arrests.', marks: [], claimIds: ['outer'] },
        { kind: 'label', claimId: 'outer' },
      ],
    },
  ];

  it.each(cases)('$name', ({ ranges, expected }) => {
    const pieces = textblocks(layoutDocument(richArticleDoc, ranges).blocks)[1];
    expect(pieces).toEqual(expected);
  });

  it('counts a hard break as one character and labels a claim ending on it', () => {
    const text = bodyTextOfDocument(richArticleDoc);
    const start = text.indexOf('line');
    const pieces = textblocks(layoutDocument(richArticleDoc, [{ claimId: 'b', start, end: start + 5 }]).blocks).at(-1);
    expect(pieces).toEqual([
      { kind: 'text', text: 'line', marks: [], claimIds: ['b'] },
      { kind: 'break', claimIds: ['b'] },
      { kind: 'label', claimId: 'b' },
      { kind: 'text', text: 'break', marks: [], claimIds: [] },
    ]);
  });

  it('keeps headings, lists and blockquotes as blocks', () => {
    const blocks = layoutDocument(richArticleDoc, []).blocks;
    expect(blocks.map((block) => [block.kind, block.type])).toEqual([
      ['textblock', 'heading'],
      ['textblock', 'paragraph'],
      ['container', 'bulletList'],
      ['container', 'blockquote'],
      ['textblock', 'paragraph'],
    ]);
    expect(blocks[0]).toMatchObject({ level: 2 });
  });

  it('keeps http(s) and mailto links and drops every other target', () => {
    const linked = (href: string) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'NBC News', marks: [{ type: 'link', attrs: { href } }] }] }],
    });
    const marksFor = (href: string) => {
      const [pieces] = textblocks(layoutDocument(linked(href), []).blocks);
      return pieces?.[0]?.kind === 'text' ? pieces[0].marks : null;
    };
    expect(marksFor('https://www.nbcnews.com/')).toEqual([{ kind: 'link', href: 'https://www.nbcnews.com/' }]);
    expect(marksFor('mailto:tips@nbcnews.com')).toEqual([{ kind: 'link', href: 'mailto:tips@nbcnews.com' }]);
    for (const href of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', '/relative', 'vbscript:x']) {
      expect(marksFor(href)).toEqual([]);
    }
  });
});
