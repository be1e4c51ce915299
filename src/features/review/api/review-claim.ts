// An editor's decision on a claim in review. expected_version is the version the editor
// was shown, so a claim changed meanwhile is refused with 409 instead of decided blind.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

export type ReviewDecision = 'approve' | 'request_changes';

export async function reviewClaim(input: {
  claimId: string;
  decision: ReviewDecision;
  note: string | null;
  expectedVersion: number;
}) {
  const { data, error, status } = await supabase.rpc('review_claim', {
    claim_id: input.claimId,
    decision: input.decision,
    ...(input.note === null ? {} : { note: input.note }),
    expected_version: input.expectedVersion,
  });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
