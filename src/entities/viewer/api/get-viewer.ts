// Who is looking: the signed-in user's id and name, the newsrooms they belong to with their
// role in each, and the current newsroom (the one they last chose in this browser, else
// the first by name), or null when nobody is signed in. A user in no newsroom has no current
// newsroom and no role. The role only decides what the pages offer; the database checks the
// role in the row's newsroom again on every write.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../request-error/request-error';
import { currentNewsroomOf, rememberedNewsroomId, type ViewerNewsroom } from '../utils/current-newsroom';
import { isRole, type Role } from '../utils/roles';

export type { ViewerNewsroom };

export interface Viewer {
  id: string;
  /** The address the user signs in with, which invitations are addressed to. */
  email: string | null;
  displayName: string;
  /** The viewer's role in the current newsroom; null in none. */
  role: Role | null;
  /** The newsroom whose work the pages show; null for a user in no newsroom. */
  newsroom: ViewerNewsroom | null;
  /** Every newsroom the viewer belongs to, by name. */
  newsrooms: ViewerNewsroom[];
}

export async function getViewer(): Promise<Viewer | null> {
  const { data: sessionData, error: sessionError } = await supabase.auth.getSession();
  if (sessionError) throw RequestError.fromAuth(sessionError);
  const user = sessionData.session?.user;
  const userId = user?.id;
  if (userId === undefined) return null;
  const { data, error, status } = await supabase
    .from('profiles')
    .select('id, display_name, memberships:newsroom_members(role, newsroom:newsrooms(id, slug, name))')
    .eq('id', userId)
    .eq('memberships.user_id', userId)
    .maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  if (data === null) return null;
  const newsrooms = data.memberships.map((membership): ViewerNewsroom => {
    // The table's check constraint allows only these; anything else would be a schema change.
    if (!isRole(membership.role)) {
      throw new RequestError({ message: `Unknown role "${membership.role}".`, code: 'unknown_role', status });
    }
    if (membership.newsroom === null) {
      throw new RequestError({ message: 'A newsroom you belong to could not be read.', code: 'unknown_newsroom', status });
    }
    return { ...membership.newsroom, role: membership.role };
  });
  const current = currentNewsroomOf(newsrooms, rememberedNewsroomId(data.id));
  return {
    id: data.id,
    email: user?.email ?? null,
    displayName: data.display_name,
    role: current?.role ?? null,
    newsroom: current,
    newsrooms: [...newsrooms].sort(byName),
  };
}

function byName(a: ViewerNewsroom, b: ViewerNewsroom): number {
  return a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug);
}
