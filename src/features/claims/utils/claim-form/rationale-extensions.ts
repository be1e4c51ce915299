// The Tiptap schema of a claim's rationale: paragraphs, bold, italic, hard breaks and
// http(s) links, nothing else. The editor writes with it and RationaleView reads with it,
// so whatever is stored is shown only as what this schema can express.
import StarterKit from '@tiptap/starter-kit';
import { safeExternalUrl } from '../../../../lib/safe-external-url';

export const rationaleExtensions = [
  StarterKit.configure({
    blockquote: false,
    bulletList: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    listItem: false,
    listKeymap: false,
    orderedList: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      protocols: [],
      isAllowedUri: (url) => safeExternalUrl(url) !== null,
      shouldAutoLink: (url) => safeExternalUrl(url) !== null,
      HTMLAttributes: { rel: 'noopener noreferrer', target: '_blank' },
    },
  }),
];
