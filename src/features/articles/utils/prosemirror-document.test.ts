import { describe, expect, it } from 'vitest';
import { isProseMirrorDocument } from './prosemirror-document';

describe('isProseMirrorDocument', () => {
  it('accepts a Tiptap document', () => {
    expect(
      isProseMirrorDocument({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] }],
      }),
    ).toBe(true);
    expect(isProseMirrorDocument({ type: 'doc' })).toBe(true);
  });

  it('rejects what is not a document', () => {
    expect(isProseMirrorDocument(null)).toBe(false);
    expect(isProseMirrorDocument('<p>Hello</p>')).toBe(false);
    expect(isProseMirrorDocument([{ type: 'doc' }])).toBe(false);
    expect(isProseMirrorDocument({ type: 'paragraph', content: [] })).toBe(false);
    expect(isProseMirrorDocument({ type: 'doc', content: 'Hello' })).toBe(false);
  });
});
