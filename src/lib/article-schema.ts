// The one Tiptap schema for article bodies, shared by the read-only viewer, edit mode and the
// new-article editor so a body means the same thing everywhere. It keeps what a news article
// needs (paragraphs, headings, lists, blockquotes, bold, italic, hard breaks, links) and nothing
// else: HTML pasted from a news page loses scripts, styles, images and event handlers because
// the schema has no place for them, and links survive only with an http(s) or mailto target.
import { Mark, mergeAttributes, type Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

const allowedLinkProtocols = new Set(['http:', 'https:', 'mailto:']);

const outboundLinkAttributes = { rel: 'noopener noreferrer', target: '_blank' } as const;

// Relative URLs are refused too: pasted from another site, they would point into Factmark.
export function isAllowedArticleLink(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  try {
    return allowedLinkProtocols.has(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}

// A body written straight into the database can carry any attribute on a link mark. Only href
// and title are read from it, rel and target always come from outboundLinkAttributes, and a
// link whose href is not allowed renders as plain text (Link itself would render href="").
function withSafeLinkAttributes(link: Mark): Mark {
  return link.extend({
    addAttributes() {
      return {
        href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('href') },
        title: { default: null },
      };
    },
    renderHTML({ mark, HTMLAttributes }) {
      if (!isAllowedArticleLink(mark.attrs.href)) return ['span', 0];
      return ['a', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
    },
  });
}

const ArticleStarterKit = StarterKit.extend({
  addExtensions() {
    const bundled = this.parent?.() ?? [];
    return bundled.map((extension) =>
      extension instanceof Mark && extension.name === 'link' ? withSafeLinkAttributes(extension) : extension,
    );
  },
});

export const articleExtensions: Extensions = [
  ArticleStarterKit.configure({
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    // An added empty paragraph would change body_text and shift every claim's offsets.
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: false,
      linkOnPaste: false,
      HTMLAttributes: { ...outboundLinkAttributes },
      isAllowedUri: (url) => isAllowedArticleLink(url),
    },
  }),
];
