// Lays out a stored Tiptap document (the JSON in articles.body) for the public page without
// loading Tiptap: blocks and inline pieces, with text split wherever a published claim starts
// or ends, and a label piece right after each claim's last character. Offsets count body_text
// exactly as src/lib/anchoring/prosemirror-text.ts does: textblocks joined by "\n\n", a hard
// break "\n", any other inline leaf one "\uFFFC"; so a claim's start_offset/end_offset
// point at the same words here as in the annotating workspace.

export interface HighlightRange {
  claimId: string;
  start: number;
  end: number;
}

export type InlineMark = { kind: 'bold' } | { kind: 'italic' } | { kind: 'link'; href: string };

export type InlinePiece =
  // claimIds: the claims covering this text, the one that starts last (the innermost) last.
  | { kind: 'text'; text: string; marks: InlineMark[]; claimIds: string[] }
  | { kind: 'break'; claimIds: string[] }
  | { kind: 'label'; claimId: string };

export type LaidOutBlock =
  | { kind: 'textblock'; type: 'paragraph' | 'heading' | 'codeBlock'; level: number; pieces: InlinePiece[] }
  | { kind: 'container'; type: 'blockquote' | 'bulletList' | 'orderedList' | 'listItem' | 'other'; start: number; children: LaidOutBlock[] };

export interface DocumentLayout {
  // The document's body_text, as the database stores it.
  text: string;
  blocks: LaidOutBlock[];
}

interface JsonNode {
  type: string;
  attrs: Record<string, unknown>;
  content: JsonNode[];
  marks: { type: string; attrs: Record<string, unknown> }[];
  text: string;
}

const blockSeparator = '\n\n';
const hardBreakText = '\n';
const objectReplacementText = '\uFFFC';
const hardBreakNames = new Set(['hardBreak', 'hard_break']);
const codeBlockNames = new Set(['codeBlock', 'code_block']);
const textblockNames = new Set(['paragraph', 'heading', ...codeBlockNames]);
const containerNames = new Set(['blockquote', 'bulletList', 'orderedList', 'listItem']);
const allowedLinkProtocols = new Set(['http:', 'https:', 'mailto:']);

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

// Reads untrusted JSON into nodes with every field present; anything malformed becomes empty.
function toNode(value: unknown): JsonNode {
  const record = asRecord(value);
  return {
    type: typeof record.type === 'string' ? record.type : '',
    attrs: asRecord(record.attrs),
    content: Array.isArray(record.content) ? record.content.map(toNode) : [],
    marks: Array.isArray(record.marks)
      ? record.marks.map((mark) => {
          const markRecord = asRecord(mark);
          return { type: typeof markRecord.type === 'string' ? markRecord.type : '', attrs: asRecord(markRecord.attrs) };
        })
      : [],
    text: typeof record.text === 'string' ? record.text : '',
  };
}

function safeArticleLink(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  try {
    const url = new URL(href.trim());
    return allowedLinkProtocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function marksOf(node: JsonNode): InlineMark[] {
  const marks: InlineMark[] = [];
  for (const mark of node.marks) {
    if (mark.type === 'bold') marks.push({ kind: 'bold' });
    else if (mark.type === 'italic') marks.push({ kind: 'italic' });
    else if (mark.type === 'link') {
      const href = safeArticleLink(mark.attrs.href);
      if (href !== null) marks.push({ kind: 'link', href });
    }
  }
  return marks;
}

// A node we do not know is a textblock when it holds inline content, as ProseMirror would have it.
function isTextblock(node: JsonNode): boolean {
  if (textblockNames.has(node.type)) return true;
  if (containerNames.has(node.type)) return false;
  return node.content.some((child) => child.type === 'text' || hardBreakNames.has(child.type));
}

export function layoutDocument(doc: unknown, highlights: readonly HighlightRange[]): DocumentLayout {
  const ranges = highlights
    .filter((range) => range.end > range.start)
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  const labelled = new Set<string>();
  const parts: string[] = [];
  let offset = 0;
  let textblockCount = 0;

  const covering = (from: number, to: number) =>
    ranges.filter((range) => range.start <= from && range.end >= to).map((range) => range.claimId);

  // Labels for every claim that has ended by `at` and has shown some of its text.
  const labelsEndingBy = (at: number, pieces: InlinePiece[]) => {
    for (const range of ranges) {
      if (range.end <= at && range.start < at && !labelled.has(range.claimId)) {
        labelled.add(range.claimId);
        pieces.push({ kind: 'label', claimId: range.claimId });
      }
    }
  };

  const addText = (text: string, marks: InlineMark[], pieces: InlinePiece[]) => {
    const start = offset;
    const end = start + text.length;
    const cuts = new Set([start, end]);
    for (const range of ranges) {
      if (range.start > start && range.start < end) cuts.add(range.start);
      if (range.end > start && range.end < end) cuts.add(range.end);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let index = 0; index < sorted.length - 1; index += 1) {
      const from = sorted[index]!;
      const to = sorted[index + 1]!;
      pieces.push({ kind: 'text', text: text.slice(from - start, to - start), marks, claimIds: covering(from, to) });
      labelsEndingBy(to, pieces);
    }
    parts.push(text);
    offset = end;
  };

  const addInline = (node: JsonNode, pieces: InlinePiece[]) => {
    if (node.type === 'text') {
      if (node.text !== '') addText(node.text, marksOf(node), pieces);
    } else if (hardBreakNames.has(node.type)) {
      pieces.push({ kind: 'break', claimIds: covering(offset, offset + 1) });
      parts.push(hardBreakText);
      offset += 1;
      labelsEndingBy(offset, pieces);
    } else if (node.content.length === 0) {
      parts.push(objectReplacementText);
      offset += 1;
      labelsEndingBy(offset, pieces);
    } else {
      for (const child of node.content) addInline(child, pieces);
    }
  };

  const layoutBlock = (node: JsonNode): LaidOutBlock => {
    if (isTextblock(node)) {
      if (textblockCount > 0) {
        parts.push(blockSeparator);
        offset += blockSeparator.length;
      }
      textblockCount += 1;
      const pieces: InlinePiece[] = [];
      for (const child of node.content) addInline(child, pieces);
      // A claim ending inside the separator after this block is labelled at the block's end.
      labelsEndingBy(offset + blockSeparator.length, pieces);
      const type = node.type === 'heading' ? 'heading' : codeBlockNames.has(node.type) ? 'codeBlock' : 'paragraph';
      const level = typeof node.attrs.level === 'number' ? node.attrs.level : 1;
      return { kind: 'textblock', type, level, pieces };
    }
    const type = containerNames.has(node.type) ? (node.type as 'blockquote' | 'bulletList' | 'orderedList' | 'listItem') : 'other';
    const start = typeof node.attrs.start === 'number' ? node.attrs.start : 1;
    return { kind: 'container', type, start, children: node.content.map(layoutBlock) };
  };

  const root = toNode(doc);
  const blocks = root.type === 'doc' ? root.content.map(layoutBlock) : [];
  return { text: parts.join(''), blocks };
}

export function bodyTextOfDocument(doc: unknown): string {
  return layoutDocument(doc, []).text;
}
