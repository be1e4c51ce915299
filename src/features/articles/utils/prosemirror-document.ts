// Checks that an article body is a ProseMirror document before the editor gets it, so a
// malformed row shows a clear message instead of an empty or broken page.
import type { JSONContent } from '@tiptap/core';

export function isProseMirrorDocument(value: unknown): value is JSONContent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { type, content } = value as { type?: unknown; content?: unknown };
  return type === 'doc' && (content === undefined || Array.isArray(content));
}
