// Reads a stored rationale (HTML written by the rationale editor, or by anyone with database
// access) into a small tree of the only things a public page shows: paragraphs, bold, italic,
// line breaks and http(s) links. The HTML is parsed by DOMParser into an inert document (its
// scripts never run, its images never load) and walked here; nothing of it is ever inserted
// as HTML, so no attribute, handler or element outside this list can reach the page.
import { safeExternalUrl } from '../../../lib/safe-external-url';

export type RationaleNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: 'p' | 'strong' | 'em'; children: RationaleNode[] }
  | { kind: 'break' }
  | { kind: 'link'; href: string; children: RationaleNode[] };

const renamed: Record<string, 'p' | 'strong' | 'em'> = { p: 'p', strong: 'strong', b: 'strong', em: 'em', i: 'em' };

// Elements whose content is code or hidden data, never reader-facing text: dropped whole.
const droppedWithContent = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'textarea', 'select',
]);

function walk(node: Node): RationaleNode[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent ?? '';
    return text === '' ? [] : [{ kind: 'text', text }];
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  const tag = element.localName;
  if (droppedWithContent.has(tag)) return [];
  if (tag === 'br') return [{ kind: 'break' }];
  const children = Array.from(element.childNodes).flatMap(walk);
  const kept = renamed[tag];
  if (kept !== undefined) return [{ kind: 'element', tag: kept, children }];
  if (tag === 'a') {
    const href = safeExternalUrl(element.getAttribute('href'));
    return href === null ? children : [{ kind: 'link', href, children }];
  }
  // Any other element (div, span, list, …) gives up its tag and keeps its text.
  return children;
}

export function parseRationale(html: string | null): RationaleNode[] {
  if (html === null || html.trim() === '') return [];
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return walk(parsed.body);
}
