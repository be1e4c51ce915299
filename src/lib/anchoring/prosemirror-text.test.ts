// The documented mapping between a Tiptap document and body_text: textblocks joined by "\n\n",
// a hard break is "\n", another inline leaf "\uFFFC", and offsets and positions map both ways.
import { getSchema } from '@tiptap/core';
import { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { bodyTextOf, textMapOf } from './prosemirror-text';
import { seedArticle, seedText } from './seed-text.test-support';
import { richArticleDoc, richArticleText } from '../../testing/rich-article-doc';

const schema = getSchema([StarterKit]);

const doc = schema.nodeFromJSON(richArticleDoc);

describe('textMapOf', () => {
  const map = textMapOf(doc);

  it('joins textblocks by a blank line and writes a hard break as a newline', () => {
    expect(map.text).toBe(richArticleText);
    expect(bodyTextOf(doc)).toBe(richArticleText);
  });

  it('maps every character of a textblock to the position of the same character', () => {
    for (let offset = 0; offset < map.text.length; offset += 1) {
      const pos = map.offsetToPos(offset);
      const node = doc.nodeAt(pos);
      if (map.text[offset] === '\n' && node?.type.name !== 'hardBreak') continue;
      expect(doc.textBetween(pos, pos + 1, '', '\n')).toBe(map.text[offset]);
      expect(map.posToOffset(pos)).toBe(offset);
    }
  });

  it('maps a range of text to the positions that cover the same words', () => {
    const start = map.text.indexOf('record arrests');
    const end = start + 'record arrests'.length;
    expect(doc.textBetween(map.offsetToPos(start), map.offsetToPos(end, 'end'))).toBe('record arrests');
    const across = map.text.indexOf('one');
    const acrossEnd = map.text.indexOf('two') + 3;
    expect(doc.textBetween(map.offsetToPos(across), map.offsetToPos(acrossEnd, 'end'), '\n\n')).toBe('one\n\ntwo');
  });

  it('maps the ends of textblocks and offsets inside separators to the nearest block edge', () => {
    const headingEnd = 'Arrests'.length;
    expect(map.offsetToPos(headingEnd)).toBe(1 + headingEnd);
    expect(map.offsetToPos(headingEnd + 1, 'end')).toBe(1 + headingEnd);
    const paragraphStart = map.offsetToPos(headingEnd + 1, 'start');
    expect(doc.textBetween(paragraphStart, paragraphStart + 3)).toBe('ICE');
    expect(map.posToOffset(paragraphStart)).toBe(headingEnd + 2);
  });

  it('maps positions between textblocks to the start of the next textblock', () => {
    const listStart = map.offsetToPos(map.text.indexOf('one'));
    for (const between of [listStart - 1, listStart - 2, listStart - 3]) {
      expect(map.posToOffset(between)).toBe(map.text.indexOf('one'));
    }
    expect(map.posToOffset(doc.content.size)).toBe(map.text.length);
    expect(map.posToOffset(0)).toBe(0);
  });

  it('maps an empty paragraph to its own place between two separators', () => {
    const emptyOffset = map.text.indexOf('two') + 3 + 2;
    const pos = map.offsetToPos(emptyOffset);
    expect(doc.resolve(pos).parent.type.name).toBe('paragraph');
    expect(doc.resolve(pos).parent.content.size).toBe(0);
    expect(map.posToOffset(pos)).toBe(emptyOffset);
  });

  it('clamps offsets and positions outside the document', () => {
    expect(map.offsetToPos(-5)).toBe(1);
    expect(map.offsetToPos(map.text.length + 10)).toBe(map.offsetToPos(map.text.length));
    expect(map.posToOffset(-1)).toBe(0);
    expect(map.posToOffset(doc.content.size + 10)).toBe(map.text.length);
  });

  it('writes an inline leaf other than a hard break as one object replacement character', () => {
    const withMentions = new Schema({
      nodes: {
        doc: { content: 'block+' },
        paragraph: { group: 'block', content: 'inline*' },
        text: { group: 'inline' },
        mention: { group: 'inline', inline: true, atom: true },
      },
    });
    const mentionDoc = withMentions.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi ' }, { type: 'mention' }, { type: 'text', text: '!' }] }],
    });
    const mentionMap = textMapOf(mentionDoc);
    expect(mentionMap.text).toBe('Hi \uFFFC!');
    expect(mentionMap.offsetToPos(4)).toBe(5);
    expect(mentionMap.posToOffset(5)).toBe(4);
  });

  it('gives an empty document an empty text', () => {
    const empty = textMapOf(schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }] }));
    expect(empty.text).toBe('');
    expect(empty.offsetToPos(0)).toBe(1);
    expect(empty.posToOffset(1)).toBe(0);
  });
});

describe('bodyTextOf the seed article', () => {
  it('is the seed body_text', () => {
    expect(bodyTextOf(schema.nodeFromJSON(seedArticle.body))).toBe(seedText);
  });
});
