// Deletes a verdict no claim has ever used (admins); one in use is refused: retire it instead.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function deleteVerdict(verdictId: string) {
  const { data, error, status } = await supabase.from('verdicts').delete().eq('id', verdictId).select('id');
  if (error) throw RequestError.fromPostgrest(error, status);
  if (data.length === 0) {
    throw new RequestError({ message: 'the verdict was not deleted: it is gone, or only the newsroom’s admins may delete it', code: 'not_deleted', status });
  }
}
