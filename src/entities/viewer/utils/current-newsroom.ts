// Which of the viewer's newsrooms the pages show: the one they chose last (kept per user in
// this browser, so the choice survives a reload), else the first by name (Demo Newsroom for
// the demo accounts). A remembered newsroom the viewer has since left falls back to the first.
import type { Role } from './roles';

export interface ViewerNewsroom {
  id: string;
  slug: string;
  name: string;
  /** The viewer's role in this newsroom. */
  role: Role;
}

export function currentNewsroomOf(newsrooms: readonly ViewerNewsroom[], preferredId: string | null = null): ViewerNewsroom | null {
  const preferred = newsrooms.find((newsroom) => newsroom.id === preferredId);
  if (preferred !== undefined) return preferred;
  let first: ViewerNewsroom | null = null;
  for (const newsroom of newsrooms) {
    if (first === null || newsroom.name.localeCompare(first.name) < 0 || (newsroom.name === first.name && newsroom.slug < first.slug)) {
      first = newsroom;
    }
  }
  return first;
}

const storageKeyPrefix = 'factmark:current-newsroom:';

/** The newsroom this user last chose in this browser, if storage can be read. */
export function rememberedNewsroomId(userId: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string | null {
  try {
    return storage?.getItem(storageKeyPrefix + userId) ?? null;
  } catch {
    return null;
  }
}

export function rememberNewsroom(userId: string, newsroomId: string, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage) {
  try {
    storage?.setItem(storageKeyPrefix + userId, newsroomId);
  } catch {
    // Private windows may refuse storage; the choice then lasts until the next reload.
  }
}
