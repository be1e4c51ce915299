// An article body with every kind of node the article schema keeps (heading, marks, list,
// blockquote with an empty paragraph, hard break), for the tests of the two readers of the
// body_text mapping: the editor's (src/lib/anchoring) and the public page's.
export const richArticleDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Arrests' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'ICE made ' },
        { type: 'text', text: 'record', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' arrests.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }] },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph' }] },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'line' }, { type: 'hardBreak' }, { type: 'text', text: 'break' }],
    },
  ],
};

/** Its body_text: textblocks joined by a blank line, the hard break as a newline. */
export const richArticleText = 'Arrests\n\nICE made record arrests.\n\none\n\ntwo\n\n\n\nline\nbreak';
