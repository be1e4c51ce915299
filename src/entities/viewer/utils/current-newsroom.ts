// Which of the viewer's newsrooms the pages show: for now the first by name (Demo Newsroom
// for the demo accounts), until a switcher lets the viewer choose.
import type { Role } from './roles';

export interface ViewerNewsroom {
  id: string;
  slug: string;
  name: string;
  /** The viewer's role in this newsroom. */
  role: Role;
}

export function currentNewsroomOf(newsrooms: readonly ViewerNewsroom[]): ViewerNewsroom | null {
  let first: ViewerNewsroom | null = null;
  for (const newsroom of newsrooms) {
    if (first === null || newsroom.name.localeCompare(first.name) < 0 || (newsroom.name === first.name && newsroom.slug < first.slug)) {
      first = newsroom;
    }
  }
  return first;
}
