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
-- row, which at 100,000 claims is the difference between milliseconds and seconds. A caller
-- who is not a member of the newsroom gets no rows at all (the dashboard is for members;
-- published claims are counted by nobody's public page). The public functions are security
-- invoker and only for signed-in users.

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

-- The counts: every claim of an article by status and verdict, from the index alone.
create index claims_article_status_verdict_idx on public.claims (article_id, status, verdict_id);

-- A claim's comments, oldest first (claim_events_claim_id_idx already serves its history).
create index claim_comments_claim_created_idx on public.claim_comments (claim_id, created_at, id);

-- Counts.

create function private.newsroom_claim_counts(newsroom_id uuid, author uuid)
returns table (status text, verdict_id text, claims integer)
language sql
stable
security definer
set search_path = ''
as $$
  select c.status, c.verdict_id, count(*)::integer
  from public.articles a
  join public.claims c on c.article_id = a.id
  where a.newsroom_id = newsroom_claim_counts.newsroom_id
    and (newsroom_claim_counts.author is null or c.created_by = newsroom_claim_counts.author)
    and (select private.has_newsroom_role(newsroom_claim_counts.newsroom_id, 'checker'))
  group by c.status, c.verdict_id
$$;

comment on function private.newsroom_claim_counts(uuid, uuid) is
  'How many claims of the newsroom (of one author, when given) there are per status and verdict, for a member of the newsroom (checker or above), who may read them all; nothing for anyone else. Security definer so that the membership is judged once, not per row. Behind public.newsroom_claim_counts; not an RPC.';

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
