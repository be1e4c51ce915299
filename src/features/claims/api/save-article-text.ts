// Saves an edited article body with every claim's new offsets in one call, so the text and
// its anchors never disagree (public.save_article_text: expected_updated_at is the updated_at
// the editor read; a stale one → 409).
import { RequestError } from '../../../entities/request-error/request-error';
import type { Json } from '../../../lib/database.types';
import { supabase } from '../../../lib/supabase';

export interface ClaimOffsets {
  claim_id: string;
  start_offset: number | null;
  end_offset: number | null;
  // The words found, for an approximate match: the database re-quotes the claim onto them.
  quote_exact?: string;
}

export async function saveArticleText(input: {
  articleId: string;
  body: Json;
  bodyText: string;
  anchors: ClaimOffsets[];
  expectedUpdatedAt: string;
  // Why the text changed: kept with the revision, required once a claim is past draft.
  note: string;
}) {
  const { data, error, status } = await supabase.rpc('save_article_text', {
    article_id: input.articleId,
    body: input.body,
    body_text: input.bodyText,
    anchors: input.anchors as unknown as Json,
    expected_updated_at: input.expectedUpdatedAt,
    note: input.note,
  });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
