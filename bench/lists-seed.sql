-- The lists benchmark's data (bench/lists-bench.ts), run as the database owner on a throwaway
-- stack: 10,000 articles and 100,000 claims in the Demo Newsroom, and 1,200 comments and
-- 1,200 history events on one claim, so that every list has pages far past PostgREST's
-- 1,000-row cap. Triggers are off for this transaction only (session_replication_role =
-- replica): they check each claim's quote against its article's text, stamp the caller as
-- creator and allow one row per request, none of which applies to a bulk load, and every
-- value they would set is given here (each quote is the article's text at its offsets). The
-- claim tallies those triggers keep are rebuilt once the load is in.
begin;
set local session_replication_role = replica;

insert into public.articles (id, newsroom_id, title, publisher, published_at, body, body_text, created_by, created_at, updated_at)
select
  ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
  'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  'Bench article ' || lpad(n::text, 5, '0'),
  'Bench Gazette',
  case when n % 7 = 0 then null else date '2026-01-01' + (n % 300) end,
  jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object(
    'type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', 'The minister said unemployment fell by half in a year.'))))),
  'The minister said unemployment fell by half in a year.',
  '11111111-1111-4111-8111-111111111111',
  timestamptz '2026-01-01' + n * interval '1 minute',
  timestamptz '2026-01-01' + n * interval '1 minute'
from generate_series(1, 10000) as n;

insert into public.claims (
  article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, claim_text, claimant,
  verdict_id, rationale, status, created_by, reviewed_by, reviewed_at, published_at, created_at, updated_at
)
select
  ('00000000-0000-4000-8000-' || lpad(to_hex(1 + n % 10000), 12, '0'))::uuid,
  'unemployment fell by half', 'The minister said ', ' in a year.', 18, 43,
  'Bench claim ' || n, 'The minister',
  (array['true', 'mostly_true', 'half_true', 'mostly_false', 'false', 'misleading', 'unverifiable', null])[1 + n % 8],
  'Bench rationale.',
  s.status,
  case when n % 2 = 0 then '11111111-1111-4111-8111-111111111111'::uuid else '22222222-2222-4222-8222-222222222222'::uuid end,
  case when s.status in ('approved', 'published') then '33333333-3333-4333-8333-333333333333'::uuid end,
  case when s.status in ('approved', 'published') then timestamptz '2026-06-01' + n * interval '1 second' end,
  case when s.status = 'published' then timestamptz '2026-06-02' + n * interval '1 second' end,
  timestamptz '2026-05-01' + n * interval '1 second',
  timestamptz '2026-05-01' + (n % 50000) * interval '1 second'
from generate_series(1, 100000) as n
cross join lateral (
  select (array['draft', 'draft', 'in_review', 'in_review', 'changes_requested', 'approved', 'approved', 'published', 'published', 'published'])[1 + n % 10] as status
) as s;

-- One claim with a long conversation and a long trail.
insert into public.claim_comments (claim_id, author_id, body, created_at)
select c.id, '11111111-1111-4111-8111-111111111111', 'Bench comment ' || n, timestamptz '2026-07-01' + n * interval '1 second'
from (select id from public.claims where claim_text = 'Bench claim 1') as c, generate_series(1, 1200) as n;

insert into public.claim_events (claim_id, actor_id, action, note, actor_name, created_at)
select c.id, '11111111-1111-4111-8111-111111111111', 'edited', null, 'Demo Checker', timestamptz '2026-07-01' + n * interval '1 second'
from (select id from public.claims where claim_text = 'Bench claim 1') as c, generate_series(1, 1200) as n;

commit;
select private.recount_claim_tallies();
analyze;
