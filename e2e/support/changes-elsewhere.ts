// Someone else changing an article or a claim behind the open page: the row moves on, so the
// page's next save meets a newer version than it read.
import type { Json } from '../../src/lib/database.types.ts';
import type { DemoAccount } from './demo-accounts.ts';
import { serviceRole, signedInClient, withE2eDb } from './stack-clients.ts';

/** Someone else saves the article (any change moves its updated_at on). */
export async function saveArticleElsewhere(articleId: string) {
  const { error } = await serviceRole.from('articles').update({ publisher: 'Changed elsewhere' }).eq('id', articleId);
  if (error) throw error;
}

/** Someone else edits the claim (its version goes up). */
export async function changeClaimElsewhere(claimId: string, changes: { verdictId: string; claimText: string }) {
  await withE2eDb((db) =>
    db.query('update public.claims set verdict_id = $2, claim_text = $3 where id = $1', [
      claimId,
      changes.verdictId,
      changes.claimText,
    ]),
  );
}

/**
 * An editor corrects the article's text through save_article_text, replacing `words` with
 * `replacement` wherever they stand in one text node, with `note` as the revision's reason.
 * No anchors are proposed: the database keeps each claim whose words are still in place.
 */
export async function correctArticleText(editor: DemoAccount, articleId: string, words: string, replacement: string, note: string) {
  const { data: article, error } = await serviceRole.from('articles').select('body, body_text, updated_at').eq('id', articleId).single();
  if (error) throw error;
  const body = JSON.parse(JSON.stringify(article.body).split(words).join(replacement)) as Json;
  const client = await signedInClient(editor);
  const saved = await client.rpc('save_article_text', {
    article_id: articleId,
    body,
    body_text: article.body_text.split(words).join(replacement),
    anchors: [],
    expected_updated_at: article.updated_at,
    note,
  });
  if (saved.error) throw saved.error;
}
