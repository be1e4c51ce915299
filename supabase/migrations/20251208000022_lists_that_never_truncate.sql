-- Lists that never truncate. The app's lists page by keyset (order by a sort column and the
-- id, then ask for the rows after the last one seen) instead of reading everything through
-- PostgREST's 1,000-row cap, and the dashboard's counts are aggregated here, exact at any size.
--
-- The indexes below serve those keyset orders (and the filters that come with them), so a
-- deep page costs what the first one does.
--
-- The counts are computed by security-definer helpers in `private`, each gated by the same
-- rule the claims' select policy applies to a newsroom's unpublished work (a member, checker
-- or above, reads all of their newsroom's claims): evaluated once per call instead of once per
-- row (through row-level security, counting 100,000 claims took seconds). A caller who is not
-- a member of the newsroom gets no rows at all (the dashboard is for members; published claims
-- are counted by nobody's public page). The public functions are security invoker and only for
-- signed-in users.
--
-- The newsroom's totals by author, status and verdict are kept in private.claim_tallies by
-- triggers on claims (and on articles, whose deletion takes their claims with them), in the
-- same transaction as the change, so they are exact and read in a few rows instead of an
-- aggregate over every claim on each dashboard visit and each list's count.

-- Keyset orders.

-- The articles list: newest publication first, then newest added (articles_created_by_idx and
-- articles_newsroom_id_idx stay for their foreign keys and policies).
create index articles_newsroom_publication_idx
  on public.articles (newsroom_id, published_at desc nulls last, created_at desc, id desc);

-- The dashboard's per-article table, by title.
create index articles_newsroom_title_idx on public.articles (newsroom_id, title, id);

-- The review queue (in review, oldest submission first) and the newsroom claims list
-- (by status, latest change first, read backwards).
create index claims_status_updated_idx on public.claims (status, updated_at, id);

-- Ready to publish: approved, oldest approval first.
create index claims_status_reviewed_idx on public.claims (status, reviewed_at, id);

-- The newsroom claims list by verdict (all statuses), latest change first.
create index claims_verdict_updated_idx on public.claims (verdict_id, updated_at, id);

-- My work: one author's claims of one status, latest change first.
create index claims_author_status_updated_idx on public.claims (created_by, status, updated_at desc, id desc);

-- The per-article counts: every claim of an article by status and verdict, from the index alone.
create index claims_article_status_verdict_idx on public.claims (article_id, status, verdict_id);

-- A claim's comments, oldest first (claim_events_claim_id_idx already serves its history).
create index claim_comments_claim_created_idx on public.claim_comments (claim_id, created_at, id);

-- Counts.

create table private.claim_tallies (
  newsroom_id uuid not null references public.newsrooms (id) on delete cascade,
  created_by uuid,
  status text not null,
  verdict_id text,
  claims integer not null,
  constraint claim_tallies_one_row_per_key unique nulls not distinct (newsroom_id, created_by, status, verdict_id)
);

comment on table private.claim_tallies is
  'How many claims each newsroom has per author, status and verdict (created_by null: a deleted user''s; verdict_id null: no verdict yet), kept by the triggers on claims and articles in the transaction that changes them; private.recount_claim_tallies rebuilds it. Read only through private.newsroom_claim_counts.';

alter table private.claim_tallies enable row level security;
revoke all on private.claim_tallies from public, anon, authenticated, service_role;

-- Adds the claims given (delta +1 each, or -1) to the tallies. Rows are written in key order,
-- so that two transactions moving claims between the same keys lock them in the same order
-- instead of deadlocking.
create function private.tally_claims(changes jsonb)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into private.claim_tallies as t (newsroom_id, created_by, status, verdict_id, claims)
  select a.newsroom_id, (c ->> 'created_by')::uuid, c ->> 'status', c ->> 'verdict_id', sum((c ->> 'delta')::integer)::integer
  from jsonb_array_elements(changes) as c
  join public.articles a on a.id = (c ->> 'article_id')::uuid
  group by 1, 2, 3, 4
  having sum((c ->> 'delta')::integer) <> 0
  order by 1, 2, 3, 4
  on conflict (newsroom_id, created_by, status, verdict_id) do update set claims = t.claims + excluded.claims
$$;

comment on function private.tally_claims(jsonb) is
  'Adds claims ([{article_id, created_by, status, verdict_id, delta}]) to private.claim_tallies under their article''s newsroom; claims whose article is gone are skipped (an article''s deletion takes its claims out of the tallies itself). For the tally triggers; not an RPC.';

revoke execute on function private.tally_claims(jsonb) from public, anon, authenticated, service_role;

create function private.tally_claim_changes()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changes jsonb;
begin
  if tg_op = 'INSERT' then
    select jsonb_agg(jsonb_build_object('article_id', n.article_id, 'created_by', n.created_by, 'status', n.status, 'verdict_id', n.verdict_id, 'delta', 1))
      into changes from new_rows n;
  elsif tg_op = 'DELETE' then
    select jsonb_agg(jsonb_build_object('article_id', o.article_id, 'created_by', o.created_by, 'status', o.status, 'verdict_id', o.verdict_id, 'delta', -1))
      into changes from old_rows o;
  else
    -- Only the claims whose key changed: an edit of a claim's words moves no count.
    select jsonb_agg(change) into changes
    from old_rows o
    join new_rows n on n.id = o.id
    cross join lateral (values
      (jsonb_build_object('article_id', o.article_id, 'created_by', o.created_by, 'status', o.status, 'verdict_id', o.verdict_id, 'delta', -1)),
      (jsonb_build_object('article_id', n.article_id, 'created_by', n.created_by, 'status', n.status, 'verdict_id', n.verdict_id, 'delta', 1))
    ) as changed (change)
    where (o.article_id, o.created_by, o.status, o.verdict_id) is distinct from (n.article_id, n.created_by, n.status, n.verdict_id);
  end if;
  if changes is not null then
    perform private.tally_claims(changes);
  end if;
  return null;
end;
$$;

comment on function private.tally_claim_changes() is
  'Keeps private.claim_tallies in step with the claims inserted, updated (when their article, author, status or verdict changed) or deleted by a statement. Trigger function; not an RPC.';

revoke execute on function private.tally_claim_changes() from public, anon, authenticated, service_role;

create trigger tally_inserted_claims after insert on public.claims
  referencing new table as new_rows
  for each statement execute function private.tally_claim_changes();
create trigger tally_updated_claims after update on public.claims
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.tally_claim_changes();
create trigger tally_deleted_claims after delete on public.claims
  referencing old table as old_rows
  for each statement execute function private.tally_claim_changes();

-- An article's deletion deletes its claims after the article is gone, when their newsroom can
-- no longer be looked up: the article takes them out of the tallies itself, just before.
-- Named to run after every other BEFORE DELETE trigger on articles, any of which may still
-- refuse the deletion (and so roll this back).
create function private.untally_article_claims()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.claim_tallies as t (newsroom_id, created_by, status, verdict_id, claims)
  select old.newsroom_id, c.created_by, c.status, c.verdict_id, -count(*)::integer
  from public.claims c
  where c.article_id = old.id
  group by 2, 3, 4
  order by 2, 3, 4
  on conflict (newsroom_id, created_by, status, verdict_id) do update set claims = t.claims + excluded.claims;
  return old;
end;
$$;

comment on function private.untally_article_claims() is
  'Takes a deleted article''s claims out of private.claim_tallies before the deletion cascades to them. Trigger function; not an RPC.';

revoke execute on function private.untally_article_claims() from public, anon, authenticated, service_role;

create trigger zz_untally_article_claims before delete on public.articles
  for each row execute function private.untally_article_claims();

create function private.recount_claim_tallies()
returns void
language sql
security definer
set search_path = ''
as $$
  delete from private.claim_tallies;
  insert into private.claim_tallies (newsroom_id, created_by, status, verdict_id, claims)
  select a.newsroom_id, c.created_by, c.status, c.verdict_id, count(*)::integer
  from public.claims c
  join public.articles a on a.id = c.article_id
  group by 1, 2, 3, 4;
$$;

comment on function private.recount_claim_tallies() is
  'Rebuilds private.claim_tallies from the claims: after this migration, after a TRUNCATE, and after a bulk load made with triggers off (the benchmark''s). Not an RPC.';

revoke execute on function private.recount_claim_tallies() from public, anon, authenticated, service_role;

create function private.recount_claim_tallies_after_truncate()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.recount_claim_tallies();
  return null;
end;
$$;

comment on function private.recount_claim_tallies_after_truncate() is
  'Recounts private.claim_tallies after claims are truncated. Trigger function; not an RPC.';

revoke execute on function private.recount_claim_tallies_after_truncate() from public, anon, authenticated, service_role;

create trigger recount_tallies_after_truncate after truncate on public.claims
  for each statement execute function private.recount_claim_tallies_after_truncate();

select private.recount_claim_tallies();

create function private.newsroom_claim_counts(newsroom_id uuid, author uuid)
returns table (status text, verdict_id text, claims integer)
language sql
stable
security definer
set search_path = ''
as $$
  select t.status, t.verdict_id, sum(t.claims)::integer
  from private.claim_tallies t
  where t.newsroom_id = newsroom_claim_counts.newsroom_id
    and (newsroom_claim_counts.author is null or t.created_by = newsroom_claim_counts.author)
    and (select private.has_newsroom_role(newsroom_claim_counts.newsroom_id, 'checker'))
  group by t.status, t.verdict_id
  having sum(t.claims) > 0
$$;

comment on function private.newsroom_claim_counts(uuid, uuid) is
  'How many claims of the newsroom (of one author, when given) there are per status and verdict, from private.claim_tallies, for a member of the newsroom (checker or above), who may read them all; nothing for anyone else. Security definer so that the membership is judged once, not per row. Behind public.newsroom_claim_counts; not an RPC.';

revoke execute on function private.newsroom_claim_counts(uuid, uuid) from public, anon, authenticated, service_role;
grant execute on function private.newsroom_claim_counts(uuid, uuid) to authenticated;

create function public.newsroom_claim_counts(newsroom_id uuid, author uuid default null)
returns table (status text, verdict_id text, verdict_label text, verdict_color text, verdict_sort integer, claims integer)
language sql
stable
security invoker
set search_path = ''
as $$
  select n.status, n.verdict_id, v.label, v.color, v.sort, n.claims
  from private.newsroom_claim_counts(newsroom_claim_counts.newsroom_id, newsroom_claim_counts.author) n
  left join public.verdicts v on v.id = n.verdict_id
  order by n.status, v.sort nulls last
$$;

comment on function public.newsroom_claim_counts(uuid, uuid) is
  'Exact claim counts of a newsroom per status and verdict (verdict_id null: no verdict yet), with the verdict''s label, colour and place on the scale; given an author, of their claims only. Members of the newsroom only: anyone else gets no rows. For the dashboard, the lists'' totals and My work.';

revoke execute on function public.newsroom_claim_counts(uuid, uuid) from public, anon, authenticated, service_role;
grant execute on function public.newsroom_claim_counts(uuid, uuid) to authenticated;

create function private.newsroom_article_claim_counts(
  newsroom_id uuid,
  waiting_only boolean,
  after_title text,
  after_id uuid,
  max_articles integer
)
returns table (article_id uuid, article_title text, status text, verdict_id text, claims integer)
language sql
stable
security definer
set search_path = ''
as $$
  with page as (
    select a.id, a.title
    from public.articles a
    where a.newsroom_id = newsroom_article_claim_counts.newsroom_id
      and (select private.has_newsroom_role(newsroom_article_claim_counts.newsroom_id, 'checker'))
      and (newsroom_article_claim_counts.after_id is null
        or (a.title, a.id) > (newsroom_article_claim_counts.after_title, newsroom_article_claim_counts.after_id))
      and exists (
        select 1 from public.claims c
        where c.article_id = a.id
          and (not newsroom_article_claim_counts.waiting_only or c.status in ('draft', 'in_review', 'changes_requested'))
      )
    order by a.title, a.id
    limit least(greatest(newsroom_article_claim_counts.max_articles, 1), 200)
  )
  select p.id, p.title, c.status, c.verdict_id, count(*)::integer
  from page p
  join public.claims c on c.article_id = p.id
  group by p.id, p.title, c.status, c.verdict_id
  order by p.title, p.id
$$;

comment on function private.newsroom_article_claim_counts(uuid, boolean, text, uuid, integer) is
  'One page of the newsroom''s articles that have claims (with waiting_only, claims still draft, in review or sent back), by title then id after the given ones, with their claim counts per status and verdict, for a member of the newsroom (checker or above); nothing for anyone else. Behind public.newsroom_article_claim_counts; not an RPC.';

revoke execute on function private.newsroom_article_claim_counts(uuid, boolean, text, uuid, integer) from public, anon, authenticated, service_role;
grant execute on function private.newsroom_article_claim_counts(uuid, boolean, text, uuid, integer) to authenticated;

create function public.newsroom_article_claim_counts(
  newsroom_id uuid,
  waiting_only boolean default false,
  after_title text default null,
  after_id uuid default null,
  max_articles integer default 50
)
returns table (article_id uuid, article_title text, status text, verdict_id text, claims integer)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.newsroom_article_claim_counts(
    newsroom_article_claim_counts.newsroom_id,
    newsroom_article_claim_counts.waiting_only,
    newsroom_article_claim_counts.after_title,
    newsroom_article_claim_counts.after_id,
    newsroom_article_claim_counts.max_articles
  )
$$;

comment on function public.newsroom_article_claim_counts(uuid, boolean, text, uuid, integer) is
  'A keyset page of the newsroom''s articles with claims, by title then id (pass the last article''s title and id for the next page; at most 200 articles a page), one row per article, status and verdict with how many claims share them. waiting_only: only articles with drafts, claims in review or sent back. Members of the newsroom only: anyone else gets no rows.';

revoke execute on function public.newsroom_article_claim_counts(uuid, boolean, text, uuid, integer) from public, anon, authenticated, service_role;
grant execute on function public.newsroom_article_claim_counts(uuid, boolean, text, uuid, integer) to authenticated;

create function private.newsroom_article_count(newsroom_id uuid, articles text)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  select count(*)::integer
  from public.articles a
  where a.newsroom_id = newsroom_article_count.newsroom_id
    and (select private.has_newsroom_role(newsroom_article_count.newsroom_id, 'checker'))
    and (newsroom_article_count.articles = 'all' or exists (
      select 1 from public.claims c
      where c.article_id = a.id
        and (newsroom_article_count.articles = 'with_claims' or c.status in ('draft', 'in_review', 'changes_requested'))
    ))
$$;

comment on function private.newsroom_article_count(uuid, text) is
  'How many of the newsroom''s articles there are (articles: all, with_claims, or waiting: with claims still draft, in review or sent back), for a member of the newsroom; 0 for anyone else. Security definer so that the membership is judged once, not per article. Behind public.newsroom_article_count; not an RPC.';

revoke execute on function private.newsroom_article_count(uuid, text) from public, anon, authenticated, service_role;
grant execute on function private.newsroom_article_count(uuid, text) to authenticated;

create function public.newsroom_article_count(newsroom_id uuid, articles text default 'all')
returns integer
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if newsroom_article_count.articles not in ('all', 'with_claims', 'waiting') then
    raise exception 'articles must be all, with_claims or waiting, not %', newsroom_article_count.articles
      using errcode = '22023';
  end if;
  return private.newsroom_article_count(newsroom_article_count.newsroom_id, newsroom_article_count.articles);
end;
$$;

comment on function public.newsroom_article_count(uuid, text) is
  'How many articles the newsroom has (articles: all, the default, for the articles list; with_claims or waiting for the pages of public.newsroom_article_claim_counts), for "Showing 50 of N". Members of the newsroom only: 0 for anyone else.';

revoke execute on function public.newsroom_article_count(uuid, text) from public, anon, authenticated, service_role;
grant execute on function public.newsroom_article_count(uuid, text) to authenticated;

create function private.claim_thread_counts(claim_id uuid)
returns table (comments integer, events integer)
language sql
stable
security definer
set search_path = ''
as $$
  select
    (select count(*)::integer from public.claim_comments m where m.claim_id = claim_thread_counts.claim_id),
    (select count(*)::integer from public.claim_events e where e.claim_id = claim_thread_counts.claim_id)
  where (select private.has_newsroom_role(private.claim_newsroom(claim_thread_counts.claim_id), 'checker'))
$$;

comment on function private.claim_thread_counts(uuid) is
  'How many comments and history events a claim has, for a member of its newsroom (who may read them all, as the policies on claim_comments and claim_events say); no row for anyone else. Security definer so that the membership is judged once, not per comment. Behind public.claim_thread_counts; not an RPC.';

revoke execute on function private.claim_thread_counts(uuid) from public, anon, authenticated, service_role;
grant execute on function private.claim_thread_counts(uuid) to authenticated;

create function public.claim_thread_counts(claim_id uuid)
returns table (comments integer, events integer)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.claim_thread_counts(claim_thread_counts.claim_id)
$$;

comment on function public.claim_thread_counts(uuid) is
  'How many comments and history events a claim has, for "Showing 50 of N" under its thread and its history. Members of the claim''s newsroom only: anyone else gets no row.';

revoke execute on function public.claim_thread_counts(uuid) from public, anon, authenticated, service_role;
grant execute on function public.claim_thread_counts(uuid) to authenticated;
