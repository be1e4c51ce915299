// What a fresh database holds after migrations and seed: two newsrooms, each with the default
// verdict scale (Demo Newsroom's with the ids it always had), the seed article word for word,
// Harbour Gazette's article with one published and one draft claim, and six demo accounts
// that can sign in, each a member of their newsroom in their role.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  demoNewsroomId,
  demoPassword,
  demoUserIds,
  harbourArticleId,
  harbourDraftClaimId,
  harbourNewsroomId,
  harbourPublishedClaimId,
  seedArticleId,
} from '../../stack/seed/seed-ids.ts';
import { demoUsers, signedInClient, withDb } from '../support/clients.ts';

const fixture = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('newsrooms', () => {
  it('are Demo Newsroom and Harbour Gazette', async () => {
    const newsrooms = await withDb(async (db) => (await db.query('select id, slug, name from public.newsrooms order by slug')).rows);
    expect(newsrooms).toEqual([
      { id: demoNewsroomId, slug: 'demo', name: 'Demo Newsroom' },
      { id: harbourNewsroomId, slug: 'harbour', name: 'Harbour Gazette' },
    ]);
  });
});

describe('verdict scales', () => {
  it('Demo Newsroom has the seven verdicts with ClaimReview ratings, in order, under the ids they always had', async () => {
    const verdicts = await withDb(
      async (db) => (await db.query('select * from public.verdicts where newsroom_id = $1 order by sort', [demoNewsroomId])).rows,
    );
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
      expect(verdict.retired).toBe(false);
    }
  });

  it('Harbour Gazette has the same seven, under ids of its own', async () => {
    const [demo, harbour] = await withDb(async (db) =>
      Promise.all(
        [demoNewsroomId, harbourNewsroomId].map(
          async (id) =>
            (await db.query('select id, label, description, rating_value, sort, color from public.verdicts where newsroom_id = $1 order by sort', [id]))
              .rows,
        ),
      ),
    );
    const withoutId = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, ...rest }) => rest);
    expect(withoutId(harbour!)).toEqual(withoutId(demo!));
    for (const verdict of harbour!) expect(verdict.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('Harbour Gazette\'s article', () => {
  it('belongs to Harbour Gazette, with one published claim (reviewed by its admin) and one draft, both by its checker, anchored in its text', async () => {
    const { article, claims } = await withDb(async (db) => ({
      article: (await db.query('select * from public.articles where id = $1', [harbourArticleId])).rows[0],
      claims: (await db.query('select * from public.claims where article_id = $1 order by status desc', [harbourArticleId])).rows,
    }));
    expect(article).toMatchObject({ newsroom_id: harbourNewsroomId, created_by: demoUserIds.harbourChecker });
    expect(claims.map((c) => [c.id, c.status])).toEqual([
      [harbourPublishedClaimId, 'published'],
      [harbourDraftClaimId, 'draft'],
    ]);
    expect(claims[0]).toMatchObject({ created_by: demoUserIds.harbourChecker, reviewed_by: demoUserIds.harbourAdmin });
    for (const claim of claims) {
      expect(article.body_text.slice(claim.start_offset, claim.end_offset)).toBe(claim.quote_exact);
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
          `select u.email, n.slug as newsroom, m.role, u.aud, u.role as auth_role, u.encrypted_password = extensions.crypt($1, u.encrypted_password) as password_ok,
             u.confirmation_token, u.recovery_token, u.email_change_token_new, u.email_change,
             (select count(*)::int from auth.identities i where i.user_id = u.id and i.provider = 'email' and i.provider_id = u.id::text) as identities
           from auth.users u join public.profiles p on p.id = u.id
             join public.newsroom_members m on m.user_id = u.id join public.newsrooms n on n.id = m.newsroom_id
           where u.id = any($2::uuid[]) order by u.email`,
          [demoPassword, Object.values(demoUserIds)],
        )
      ).rows,
    );
    expect(users.map((u) => [u.email, u.newsroom, u.role])).toEqual([
      ['admin@example.com', 'demo', 'admin'],
      ['checker2@example.com', 'demo', 'checker'],
      ['checker@example.com', 'demo', 'checker'],
      ['editor@example.com', 'demo', 'editor'],
      ['harbour-admin@example.com', 'harbour', 'admin'],
      ['harbour-checker@example.com', 'harbour', 'checker'],
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

  it('sign in with the demo password and see their own newsroom\'s article, and of the other newsroom\'s only what is published', async () => {
    for (const [key, email] of Object.entries(demoUsers)) {
      const client = await signedInClient(email);
      const { data } = await client.from('articles').select('id').in('id', [seedArticleId, harbourArticleId]).order('id');
      // The seed article has no published claim; Harbour Gazette's has one.
      expect(data, email).toEqual(key.startsWith('harbour') ? [{ id: harbourArticleId }] : [{ id: seedArticleId }, { id: harbourArticleId }]);
      const { data: claims } = await client.from('claims').select('id').eq('article_id', harbourArticleId).order('status', { ascending: false });
      expect(claims, email).toEqual(
        key.startsWith('harbour') ? [{ id: harbourPublishedClaimId }, { id: harbourDraftClaimId }] : [{ id: harbourPublishedClaimId }],
      );
    }
  });
});
