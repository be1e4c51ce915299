// Creates or updates a claim and replaces its sources in one transaction (RPC save_claim).
// The claim's id is chosen by the client, so an optimistic row and the saved row share it.
// An update must carry the version it read; a stale one is refused with HTTP 409.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import type { Claim, ClaimantKind, SourceStance } from './claim-types';

export type ClaimPayload = {
  id: string;
  article_id: string;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  start_offset: number | null;
  end_offset: number | null;
  claim_text: string;
  claimant: string | null;
  verdict_id: string | null;
  rationale: string | null;
  claimant_kind?: ClaimantKind;
  claim_date?: string | null;
  claim_appearance_url?: string | null;
  // Only while a correction of the published claim is open.
  correction_note?: string | null;
  // Absent for a new claim; the version read for an existing one.
  version?: number;
};

export type SourcePayload = {
  // Client-generated for a new source too, so the form knows its id before it is saved.
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  quote: string | null;
  stance: SourceStance;
  accessed_on: string | null;
};

export async function saveClaim(claim: ClaimPayload, sources: SourcePayload[]): Promise<Claim> {
  const { data, error, status } = await supabase.rpc('save_claim', { claim, sources });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
