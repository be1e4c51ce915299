// The one mapping between an article's ProseMirror document and its body_text, the plain text
// that claims' offsets (TextPositionSelector) and quotes (TextQuoteSelector) refer to.
//
// body_text is the text of every textblock in document order, joined by "\n\n" (so empty
// paragraphs still count as blocks). Inside a textblock a text character is one character, a
// hard break is "\n" and any other inline leaf node is "\uFFFC"; each of these is also exactly
// one ProseMirror position, so within a textblock offsets and positions move together.
// Offsets inside a separator, and positions between textblocks, have no counterpart on the other
// side and map to the nearest block edge as documented on TextMap.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export const blockSeparator = '\n\n';
export const hardBreakText = '\n';
export const objectReplacementText = '\uFFFC';

const hardBreakNodeNames = new Set(['hardBreak', 'hard_break']);

export interface TextMap {
  text: string;
  // The ProseMirror position of a body_text offset (clamped to the text). An offset inside a
  // block separator lies between two blocks: side 'start' (the default, for a range's start)
  // moves it to the start of the following block, side 'end' to the end of the preceding one.
  offsetToPos(offset: number, side?: 'start' | 'end'): number;
  // The body_text offset of a ProseMirror position. A position outside every textblock's
  // content (between blocks, before the first, after the last) maps to the start of the
  // following textblock, or to the end of the text when none follows.
  posToOffset(pos: number): number;
}

// A stretch where offsets and positions advance together: one text node or one inline leaf.
interface Run {
  offset: number;
  pos: number;
  length: number;
}

interface TextBlock {
  offset: number;
  endOffset: number;
  contentStart: number;
  contentEnd: number;
  runs: Run[];
}

export function textMapOf(doc: ProseMirrorNode): TextMap {
  const blocks: TextBlock[] = [];
  const parts: string[] = [];
  let offset = 0;

  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (blocks.length > 0) {
      parts.push(blockSeparator);
      offset += blockSeparator.length;
    }
    const block: TextBlock = { offset, endOffset: offset, contentStart: pos + 1, contentEnd: pos + node.nodeSize - 1, runs: [] };
    const addRun = (text: string, runPos: number) => {
      parts.push(text);
      block.runs.push({ offset, pos: runPos, length: text.length });
      offset += text.length;
    };
    // Inline nodes with content are not in the article schema; their text still counts, in order.
    node.descendants((inline, inlinePos) => {
      const absolutePos = block.contentStart + inlinePos;
      if (inline.isText) addRun(inline.text ?? '', absolutePos);
      else if (inline.isLeaf) addRun(hardBreakNodeNames.has(inline.type.name) ? hardBreakText : objectReplacementText, absolutePos);
      return true;
    });
    block.endOffset = offset;
    blocks.push(block);
    return false;
  });

  const text = parts.join('');
  const endPos = doc.content.size;

  return {
    text,
    offsetToPos(requested, side = 'start') {
      if (blocks.length === 0) return 0;
      const target = clamp(requested, 0, text.length);
      const index = lastIndexWhere(blocks, (block) => block.offset <= target);
      const block = blocks[Math.max(index, 0)]!;
      if (target > block.endOffset) {
        const next = blocks[index + 1];
        return side === 'end' || !next ? block.contentEnd : next.contentStart;
      }
      const runIndex = lastIndexWhere(block.runs, (run) => run.offset <= target);
      const run = block.runs[runIndex];
      return run ? run.pos + Math.min(target - run.offset, run.length) : block.contentStart;
    },
    posToOffset(requested) {
      const pos = clamp(requested, 0, endPos);
      const index = lastIndexWhere(blocks, (block) => block.contentStart <= pos);
      const block = blocks[index];
      if (!block || pos > block.contentEnd) {
        return blocks[index + 1]?.offset ?? text.length;
      }
      const runIndex = lastIndexWhere(block.runs, (run) => run.pos <= pos);
      const run = block.runs[runIndex];
      return run ? run.offset + Math.min(pos - run.pos, run.length) : block.offset;
    },
  };
}

export function bodyTextOf(doc: ProseMirrorNode): string {
  return textMapOf(doc).text;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(Math.trunc(value) || 0, min), max);
}

// Binary search over items sorted by the predicate's boundary: the last index where it holds, or -1.
function lastIndexWhere<T>(items: readonly T[], holds: (item: T) => boolean): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (holds(items[middle]!)) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
