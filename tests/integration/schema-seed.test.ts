// What a fresh database holds after migrations and seed: the verdict scale (from a
// migration), the seed article word for word, and demo accounts that can sign in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoUsers, signedInClient } from '../support/clients.ts';
import { demoPassword, demoUserIds, seedArticleId, withDb } from '../support/rls-fixtures.ts';

const fixture = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('verdict scale', () => {
  it('has the seven verdicts with ClaimReview ratings, in order', async () => {
    const verdicts = await withDb(async (db) => (await db.query('select * from public.verdicts order by sort')).rows);
    expect(verdicts.map((v) => [v.id, v.rating_value])).toEqual([
      ['true', 5],
      ['mostly_true', 4],
      ['half_true', 3],
      ['mostly_false', 2],
      ['false', 1],
      ['misleading', null],
      ['unverifiable', null],
    ]);
    for (const verdict of verdicts) {
      expect(verdict.label).toBeTruthy();
      expect(verdict.description).toBeTruthy();
      expect(contrastWithWhite(verdict.color), `${verdict.id} ${verdict.color}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('seed article', () => {
  it('holds the fixture word for word, without the date line, with its publication date', async () => {
    const article = await withDb(async (db) =>
      (await db.query("select *, published_at::text as published from public.articles where id = $1", [seedArticleId])).rows[0],
    );
    expect(article.body_text).toBe(fixture.slice(' date 2025-06-05 '.length));
    expect(article.published).toBe('2025-06-05');
    expect(article.url).toBeNull();
    const paragraphs = (article.body.content as { content: { text: string }[] }[]).map((p) => p.content[0]!.text);
    expect(paragraphs.join('\n\n')).toBe(article.body_text);
  });
});

describe('demo accounts', () => {
  it('exist the way Supabase seeds them, with their roles', async () => {
    const users = await withDb(async (db) =>
      (
        await db.query(
          `select u.email, p.role, u.aud, u.role as auth_role, u.encrypted_password = extensions.crypt($1, u.encrypted_password) as password_ok,
             u.confirmation_token, u.recovery_token, u.email_change_token_new, u.email_change,
             (select count(*)::int from auth.identities i where i.user_id = u.id and i.provider = 'email' and i.provider_id = u.id::text) as identities
           from auth.users u join public.profiles p on p.id = u.id
           where u.id = any($2::uuid[]) order by u.email`,
          [demoPassword, Object.values(demoUserIds)],
        )
      ).rows,
    );
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ['admin@example.com', 'admin'],
      ['checker2@example.com', 'checker'],
      ['checker@example.com', 'checker'],
      ['editor@example.com', 'editor'],
    ]);
    for (const user of users) {
      expect(user).toMatchObject({
        aud: 'authenticated',
        auth_role: 'authenticated',
        password_ok: true,
        confirmation_token: '',
        recovery_token: '',
        email_change_token_new: '',
        email_change: '',
        identities: 1,
      });
    }
  });

  it('sign in with the demo password and see the seed article', async () => {
    for (const email of Object.values(demoUsers)) {
      const client = await signedInClient(email);
      const { data } = await client.from('articles').select('id').eq('id', seedArticleId);
      expect(data).toEqual([{ id: seedArticleId }]);
    }
  });
});
