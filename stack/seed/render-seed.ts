// Renders supabase/seed.sql: demo users made the way Supabase's own seed examples make
// them (so the file also works under real Supabase Auth), two newsrooms with their members
// and verdict scales, the seed article (Demo Newsroom's) and Harbour Gazette's article with
// one published and one draft claim. The default scale itself lives in a migration
// (private.default_verdict_scale), so create_newsroom gives hosted projects the same one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bcryptCost } from '../auth/users.ts';
import { paragraphSeparator, parseSeedArticle } from './seed-article.ts';
import {
  demoAccounts,
  demoNewsroomId,
  demoNewsrooms,
  demoPassword,
  demoUserIds,
  harbourArticleId,
  harbourDraftClaimId,
  harbourNewsroomId,
  harbourPublishedClaimId,
  newsroomOf,
  seedArticleId,
} from './seed-ids.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturePath = path.join(repoRoot, 'tests', 'fixtures', 'seed-article.txt');
export const seedPath = path.join(repoRoot, 'supabase', 'seed.sql');

export const seedArticleTitle = 'ICE carries out record number of immigration arrests in a single day';

/** Harbour Gazette's own article: short, so its claims' offsets are easy to check by eye. */
export const harbourArticle = {
  title: 'Council says the new harbour ferry will halve the crossing',
  publisher: 'Harbour Gazette',
  publishedAt: '2025-11-17',
  paragraphs: [
    'The harbour council said on Monday that the new electric ferry, due in service next spring, will cut the crossing to the island from forty minutes to twenty.',
    'Council leader Maria Okafor told a public meeting that the ferry had cost less than any vessel the town has bought in thirty years.',
    "The operator's draft timetable lists a crossing time of twenty-five minutes for the new vessel.",
  ],
  published: {
    quote: 'will cut the crossing to the island from forty minutes to twenty',
    claimText: 'The new ferry will halve the crossing time to the island, to twenty minutes.',
    claimant: 'The harbour council',
    verdictLabel: 'Mostly false',
    rationale:
      '<p>The operator\'s draft timetable gives the new ferry a crossing of twenty-five minutes, not twenty: shorter, but not half.</p>',
    source: { url: 'https://example.org/harbour/ferry-timetable', title: 'Draft ferry timetable', stance: 'refutes' },
  },
  draft: {
    quote: 'had cost less than any vessel the town has bought in thirty years',
    claimText: 'The ferry cost less than any vessel the town has bought in thirty years.',
    claimant: 'Maria Okafor',
  },
} as const;


function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Dollar-quotes text so the article's own quotes and apostrophes stay untouched. */
function dollarQuoted(value: string, tag: string): string {
  if (value.includes(`$${tag}$`)) throw new Error(`the text contains the quote tag $${tag}$`);
  return `$${tag}$${value}$${tag}$`;
}

export function renderSeed(fixture = readFileSync(fixturePath, 'utf8')): string {
  const article = parseSeedArticle(fixture);
  const users = demoAccounts
    .map(
      (user) => `  (
    '00000000-0000-0000-0000-000000000000', ${literal(user.id)}, 'authenticated', 'authenticated',
    ${literal(user.email)}, extensions.crypt(${literal(demoPassword)}, extensions.gen_salt('bf', ${bcryptCost})), now(),
    '{"provider":"email","providers":["email"]}', ${literal(JSON.stringify({ display_name: user.displayName }))},
    now(), now(), '', '', '', ''
  )`,
    )
    .join(',\n');
  const identities = demoAccounts
    .map(
      (user) =>
        `  (${literal(user.id)}, ${literal(user.id)}, ${literal(JSON.stringify({ sub: user.id, email: user.email, email_verified: true }))}, 'email', now(), now(), now())`,
    )
    .join(',\n');
  const members = demoAccounts
    .map((user) => `  (${literal(newsroomOf(user.newsroom).id)}::uuid, ${literal(user.id)}::uuid, ${literal(user.role)})`)
    .join(',\n');
  const newsrooms = demoNewsrooms
    .map((newsroom) => `  (${literal(newsroom.id)}, ${literal(newsroom.slug)}, ${literal(newsroom.name)})`)
    .join(',\n');
  const harbourBodyText = harbourArticle.paragraphs.join(paragraphSeparator);
  const harbourBody = {
    type: 'doc',
    content: harbourArticle.paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
  const anchor = (quote: string) => {
    const start = harbourBodyText.indexOf(quote);
    if (start < 0 || harbourBodyText.indexOf(quote, start + 1) >= 0) throw new Error(`"${quote}" must occur once in the Harbour article`);
    return {
      start,
      end: start + quote.length,
      prefix: harbourBodyText.slice(Math.max(0, start - 32), start),
      suffix: harbourBodyText.slice(start + quote.length, start + quote.length + 32),
    };
  };
  const published = anchor(harbourArticle.published.quote);
  const draft = anchor(harbourArticle.draft.quote);

  return `-- Generated by stack/seed/generate-seed.ts from tests/fixtures/seed-article.txt; do not edit
-- by hand (run \`npx tsx stack/seed/generate-seed.ts\`). Local demo data only: two newsrooms,
-- six demo accounts (password ${demoPassword}), the seed article and Harbour Gazette's article.

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change
) values
${users};

insert into auth.identities (
  provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at
) values
${identities};

-- Profiles were created by the trigger on auth.users. Newsrooms are made here directly (not
-- by create_newsroom, which needs a signed-in caller) with fixed ids; Demo Newsroom's scale
-- keeps the verdict ids the app has always had (true, false…), Harbour Gazette's gets new
-- ones, as create_newsroom would give it.
insert into public.newsrooms (id, slug, name) values
${newsrooms};

insert into public.verdicts (id, newsroom_id, label, description, rating_value, sort, color)
select s.key, ${literal(demoNewsroomId)}, s.label, s.description, s.rating_value, s.sort, s.color
from private.default_verdict_scale() s;

insert into public.verdicts (newsroom_id, label, description, rating_value, sort, color)
select ${literal(harbourNewsroomId)}, s.label, s.description, s.rating_value, s.sort, s.color
from private.default_verdict_scale() s;

insert into public.newsroom_members (newsroom_id, user_id, role) values
${members};

insert into public.articles (id, newsroom_id, title, url, publisher, published_at, body, body_text, created_by)
values (
  ${literal(seedArticleId)},
  ${literal(demoNewsroomId)},
  ${literal(seedArticleTitle)},
  null,
  null,
  ${literal(article.publishedAt)},
  ${dollarQuoted(JSON.stringify(article.body, null, 2), 'body')}::jsonb,
  ${dollarQuoted(article.bodyText, 'body_text')},
  ${literal(demoUserIds.admin)}
);

insert into public.articles (id, newsroom_id, title, url, publisher, published_at, body, body_text, created_by)
values (
  ${literal(harbourArticleId)},
  ${literal(harbourNewsroomId)},
  ${literal(harbourArticle.title)},
  null,
  ${literal(harbourArticle.publisher)},
  ${literal(harbourArticle.publishedAt)},
  ${dollarQuoted(JSON.stringify(harbourBody), 'harbour_body')}::jsonb,
  ${dollarQuoted(harbourBodyText, 'harbour_body_text')},
  ${literal(demoUserIds.harbourChecker)}
);

-- Written as the database owner, past the workflow guard: the published claim went through
-- review by Harbour Gazette's admin (four eyes), the draft is still its checker's.
insert into public.claims (
  id, article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset,
  claim_text, claimant, verdict_id, rationale, status, created_by, reviewed_by, reviewed_at, published_at
) values
  (
    ${literal(harbourPublishedClaimId)}, ${literal(harbourArticleId)},
    ${literal(harbourArticle.published.quote)}, ${literal(published.prefix)}, ${literal(published.suffix)}, ${published.start}, ${published.end},
    ${literal(harbourArticle.published.claimText)}, ${literal(harbourArticle.published.claimant)},
    (select v.id from public.verdicts v where v.newsroom_id = ${literal(harbourNewsroomId)} and v.label = ${literal(harbourArticle.published.verdictLabel)}),
    ${literal(harbourArticle.published.rationale)}, 'published',
    ${literal(demoUserIds.harbourChecker)}, ${literal(demoUserIds.harbourAdmin)}, now(), now()
  ),
  (
    ${literal(harbourDraftClaimId)}, ${literal(harbourArticleId)},
    ${literal(harbourArticle.draft.quote)}, ${literal(draft.prefix)}, ${literal(draft.suffix)}, ${draft.start}, ${draft.end},
    ${literal(harbourArticle.draft.claimText)}, ${literal(harbourArticle.draft.claimant)},
    null, null, 'draft',
    ${literal(demoUserIds.harbourChecker)}, null, null, null
  );

insert into public.sources (claim_id, url, title, stance, created_by)
values (
  ${literal(harbourPublishedClaimId)}, ${literal(harbourArticle.published.source.url)},
  ${literal(harbourArticle.published.source.title)}, ${literal(harbourArticle.published.source.stance)},
  ${literal(demoUserIds.harbourChecker)}
);

-- Its publication, as publish_claim would have written it: the public pages read these.
select private.record_publication(${literal(harbourPublishedClaimId)}, 'publication', null, ${literal(demoUserIds.harbourAdmin)});
`;
}
