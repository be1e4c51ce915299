// Adds a verdict at the end of a newsroom's scale (admins).
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export interface VerdictFields {
  label: string;
  description: string;
  ratingValue: number | null;
  color: string;
}

export async function addVerdict({ newsroomId, sort, ...fields }: VerdictFields & { newsroomId: string; sort: number }) {
  const { data, error, status } = await supabase
    .from('verdicts')
    .insert({
      newsroom_id: newsroomId,
      sort,
      label: fields.label,
      description: fields.description,
      rating_value: fields.ratingValue,
      color: fields.color,
    })
    .select('*')
    .single();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
