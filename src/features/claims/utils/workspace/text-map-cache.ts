// textMapOf walks the whole document; ProseMirror documents are immutable, so one map per
// document object serves every selection change until the text is edited.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { textMapOf, type TextMap } from '../../../../lib/anchoring/prosemirror-text';

const maps = new WeakMap<ProseMirrorNode, TextMap>();

export function cachedTextMapOf(doc: ProseMirrorNode): TextMap {
  let map = maps.get(doc);
  if (map === undefined) {
    map = textMapOf(doc);
    maps.set(doc, map);
  }
  return map;
}
