// Edit mode's Save: re-anchors every claim against the edited text, using where its
// highlight moved to during the edit as the first guess (then its quote), and stores the
// body, body_text, all offsets and the revision's note at once. An approximate match sends
// the words it found, which the database checks and makes the claim's quote (flagged for
// confirmation past draft). Claims whose words are gone get null offsets and show under
// Unanchored; nothing is deleted.
import { useMutation } from '@tanstack/react-query';
import type { Editor } from '@tiptap/react';
import { anchorAllInChunks } from '../../../../lib/anchoring/anchor-all';
import { textMapOf } from '../../../../lib/anchoring/prosemirror-text';
import type { Json } from '../../../../lib/database.types';
import { queryKeys } from '../../../../entities/query-keys';
import type { ClaimListItem } from '../../api/claim-types';
import { currentHighlights } from '../../extensions/claim-highlights';
import { saveArticleText } from '../../api/save-article-text';

export function useSaveArticleText({
  editor,
  articleId,
  claims,
  expectedUpdatedAt,
  onSaved,
}: {
  editor: Editor;
  articleId: string;
  claims: readonly ClaimListItem[];
  expectedUpdatedAt: string;
  onSaved: (body: Json, updatedAt: string | null) => void;
}) {
  return useMutation({
    mutationFn: async (note: string) => {
      const { doc } = editor.state;
      const map = textMapOf(doc);
      const moved = new Map(currentHighlights(editor.state).map((highlight) => [highlight.id, highlight]));
      const stored = claims.filter((claim) => claim.optimistic !== true);
      const results = await anchorAllInChunks(
        map.text,
        stored.map((claim) => {
          const highlight = moved.get(claim.id);
          return {
            exact: claim.quote_exact,
            prefix: claim.quote_prefix,
            suffix: claim.quote_suffix,
            start: highlight === undefined ? claim.start_offset : map.posToOffset(highlight.from),
            end: highlight === undefined ? claim.end_offset : map.posToOffset(highlight.to),
          };
        }),
      );
      const body = doc.toJSON() as Json;
      const saved = await saveArticleText({
        articleId,
        body,
        bodyText: map.text,
        anchors: stored.map((claim, index) => {
          const result = results[index];
          const anchored = result !== undefined && result.status === 'anchored';
          if (!anchored) return { claim_id: claim.id, start_offset: null, end_offset: null };
          const words = map.text.slice(result.start, result.end);
          return {
            claim_id: claim.id,
            start_offset: result.start,
            end_offset: result.end,
            ...(words === claim.quote_exact ? {} : { quote_exact: words }),
          };
        }),
        expectedUpdatedAt,
        note,
      });
      return { body, updatedAt: saved.updated_at };
    },
    // Every claim's offsets moved with the text; their reviews and histories did not.
    meta: { invalidates: [queryKeys.articles.detail(articleId), queryKeys.claims.all] },
    onSuccess: ({ body, updatedAt }) => onSaved(body, updatedAt),
  });
}
