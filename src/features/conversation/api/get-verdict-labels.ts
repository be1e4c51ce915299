// Fetches the verdict scale's labels and colours, for naming the verdicts in a claim's history.
import { supabase } from '../../../lib/supabase';
import { ConversationRequestError } from './conversation-request-error';

export async function getVerdictLabels() {
  const { data, error, status } = await supabase.from('verdicts').select('id, label, color').order('sort', { ascending: true });
  if (error) throw new ConversationRequestError(error, status);
  return data;
}

export type VerdictLabel = Awaited<ReturnType<typeof getVerdictLabels>>[number];
