// Someone else changing an article or a claim behind the open page: the row moves on, so the
// page's next save meets a newer version than it read.
import { serviceRole, withE2eDb } from './stack-clients.ts';

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
