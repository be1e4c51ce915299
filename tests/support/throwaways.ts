// The users and newsrooms a test file makes for itself beyond the seed (fresh sign-ups,
// newsrooms of its own written as the superuser), deleted once the file is done.
import { randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import { deleteUsers, signUpStranger, withDb } from './clients.ts';

export type NewsroomRole = 'checker' | 'editor' | 'admin';

/**
 * A newsroom of a test's own, written as superuser with the default verdict scale and the
 * given members (user ids to roles). Files make theirs through useThrowaways, which deletes it.
 */
async function arrangeNewsroom(members: Record<string, NewsroomRole> = {}, name = 'Test Newsroom'): Promise<{ id: string; slug: string }> {
  const slug = `test-${randomUUID().slice(0, 8)}`;
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>('insert into public.newsrooms (slug, name) values ($1, $2) returning id', [slug, name]);
    const id = rows[0]!.id;
    await db.query(
      `insert into public.verdicts (newsroom_id, label, description, rating_value, sort, color)
       select $1, s.label, s.description, s.rating_value, s.sort, s.color from private.default_verdict_scale() s`,
      [id],
    );
    for (const [userId, role] of Object.entries(members)) {
      await db.query('insert into public.newsroom_members (newsroom_id, user_id, role) values ($1, $2, $3)', [id, userId, role]);
    }
    return { id, slug };
  });
}

export async function deleteNewsrooms(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await withDb((db) => db.query('delete from public.newsrooms where id = any($1::uuid[])', [ids]));
}

/**
 * Makes the file's own users and newsrooms and deletes them once its tests are done (the
 * newsrooms first, memberships and all). Call it at the top of the file.
 */
export function useThrowaways() {
  const users: string[] = [];
  const newsrooms: string[] = [];
  afterAll(async () => {
    await deleteNewsrooms(newsrooms);
    await deleteUsers(users);
  });
  return {
    /** A fresh sign-up in no newsroom. */
    async signUpStranger(label?: string) {
      const someone = await signUpStranger(label);
      users.push(someone.id);
      return someone;
    },
    /** A newsroom of the file's own with the default verdict scale and these members (user ids to roles). */
    async arrangeNewsroom(members?: Record<string, NewsroomRole>, name?: string) {
      const newsroom = await arrangeNewsroom(members, name);
      newsrooms.push(newsroom.id);
      return newsroom;
    },
    /** A user the file signed up some other way. */
    addUser(id: string) {
      users.push(id);
    },
    /** A newsroom the file made some other way (through create_newsroom). */
    addNewsroom(id: string) {
      newsrooms.push(id);
    },
  };
}
