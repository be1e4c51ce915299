-- Claims (a highlighted passage of an article, what it says, who said it, the verdict)
-- and their sources, with the policies that decide who reads and edits them, and the
-- article policies that depend on claims.

create table public.claims (
  id uuid primary key default gen_random_uuid(),
  article_id uuid not null references public.articles (id) on delete cascade,
  -- W3C Web Annotation TextQuoteSelector
  quote_exact text not null
    constraint claims_quote_exact_must_be_1_to_5000_characters
      check (char_length(quote_exact) between 1 and 5000)
    constraint claims_quote_exact_must_not_be_blank
      check (quote_exact ~ '\S'),
  quote_prefix text not null default ''
    constraint claims_quote_prefix_must_be_at_most_32_characters
      check (char_length(quote_prefix) <= 32),
  quote_suffix text not null default ''
    constraint claims_quote_suffix_must_be_at_most_32_characters
      check (char_length(quote_suffix) <= 32),
  -- W3C Web Annotation TextPositionSelector over articles.body_text; both null for a
  -- claim that is not anchored to a position.
  start_offset integer
    constraint claims_start_offset_must_not_be_negative check (start_offset >= 0),
  end_offset integer,
  claim_text text not null
    constraint claims_claim_text_must_not_be_blank check (claim_text ~ '\S')
    constraint claims_claim_text_must_be_at_most_5000_characters
      check (char_length(claim_text) <= 5000),
  claimant text
    constraint claims_claimant_must_be_at_most_500_characters
      check (char_length(claimant) <= 500),
  verdict_id text references public.verdicts (id),
  rationale text
    constraint claims_rationale_must_be_at_most_20000_characters
      check (char_length(rationale) <= 20000),
  status text not null default 'draft'
    constraint claims_status_must_be_a_known_status
      check (status in ('draft', 'in_review', 'changes_requested', 'approved', 'published')),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  reviewed_by uuid references public.profiles (id) on delete set null,
  reviewed_at timestamptz,
  published_at timestamptz,
  version integer not null default 1
    constraint claims_version_must_be_positive check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint claims_offsets_must_both_be_set_or_both_null
    check ((start_offset is null) = (end_offset is null)),
  constraint claims_end_offset_must_be_after_start_offset
    check (end_offset > start_offset)
);

comment on table public.claims is
  'A claim made in an article: the quoted passage (W3C TextQuoteSelector + TextPositionSelector over articles.body_text), what it claims, the verdict and rationale, and its place in the review workflow (status changes only through submit_claim, review_claim, publish_claim).';
comment on column public.claims.version is
  'Optimistic concurrency: send the version you read with every update; a stale one is refused with HTTP 409. It goes up by one on every update.';

alter table public.claims enable row level security;

create index claims_article_id_idx on public.claims (article_id);
create index claims_created_by_idx on public.claims (created_by);
create index claims_reviewed_by_idx on public.claims (reviewed_by);
create index claims_verdict_id_idx on public.claims (verdict_id);
create index claims_status_idx on public.claims (status);

-- A client creates drafts only; the workflow fields are the functions' business.
create function public.guard_new_claim()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('anon', 'authenticated', 'service_role') then
    if new.status is distinct from 'draft' then
      raise exception 'a new claim starts as a draft (you sent status %); status changes only through submit_claim, review_claim and publish_claim', new.status
        using errcode = '42501';
    end if;
    if new.reviewed_by is not null or new.reviewed_at is not null or new.published_at is not null then
      raise exception 'reviewed_by, reviewed_at and published_at are set by the review workflow, not by clients'
        using errcode = '42501';
    end if;
  end if;
  new.version := 1;
  new.created_at := now();
  new.updated_at := now();
  return new;
end;
$$;

create trigger guard_new_claim
  before insert on public.claims
  for each row execute function public.guard_new_claim();

-- Runs first among the update triggers (they fire in name order: guard < validate).
-- Clients send the version they read with every PATCH; an update that omits version
-- carries the current one (a trigger cannot tell omission from equality), so clients
-- must always send it.
-- The workflow functions are told apart by current_user: they are security definer, so
-- their updates run as the functions' owner, while every API request runs as anon,
-- authenticated or service_role. A transaction-local setting would also work, but any
-- code path that can call set_config() could forge it; a client cannot become the owner.
-- An update by such a function that changes nothing but start_offset and end_offset is
-- re-anchoring (save_article_text): it leaves version and updated_at alone.
create function public.guard_claim_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  locked text[] := '{}';
begin
  if new.version is distinct from old.version then
    raise exception 'claim changed since you read it: you sent version %, it is now at version %; reload it',
      coalesce(new.version::text, 'null'), old.version
      using errcode = 'PT409';
  end if;
  if current_user not in ('anon', 'authenticated', 'service_role')
    and to_jsonb(new) - array['start_offset', 'end_offset']
      = to_jsonb(old) - array['start_offset', 'end_offset'] then
    return new;
  end if;
  if current_user in ('anon', 'authenticated', 'service_role') then
    if new.status is distinct from old.status then
      raise exception 'status cannot be set by an update (from % to %): use submit_claim, review_claim or publish_claim', old.status, new.status
        using errcode = '42501';
    end if;
    if new.created_by is distinct from old.created_by then locked := array_append(locked, 'created_by'); end if;
    if new.reviewed_by is distinct from old.reviewed_by then locked := array_append(locked, 'reviewed_by'); end if;
    if new.reviewed_at is distinct from old.reviewed_at then locked := array_append(locked, 'reviewed_at'); end if;
    if new.published_at is distinct from old.published_at then locked := array_append(locked, 'published_at'); end if;
    if new.article_id is distinct from old.article_id then locked := array_append(locked, 'article_id'); end if;
    if new.created_at is distinct from old.created_at then locked := array_append(locked, 'created_at'); end if;
    if cardinality(locked) > 0 then
      raise exception 'these fields cannot be changed by an update: %', array_to_string(locked, ', ')
        using errcode = '42501';
    end if;
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end;
$$;

create trigger guard_claim_update
  before update on public.claims
  for each row execute function public.guard_claim_update();

-- Check constraints cannot look at the article; this gives the anchor and verdict errors
-- a message that says what is wrong instead of a bare constraint or foreign-key name.
create function public.validate_claim()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  text_length integer;
begin
  if new.verdict_id is not null
    and not exists (select 1 from public.verdicts v where v.id = new.verdict_id) then
    raise exception 'unknown verdict "%": use one of %', new.verdict_id,
      (select string_agg(v.id, ', ' order by v.sort) from public.verdicts v)
      using errcode = '22023';
  end if;
  if new.end_offset is not null
    and (tg_op = 'INSERT'
      or new.start_offset is distinct from old.start_offset
      or new.end_offset is distinct from old.end_offset) then
    select char_length(a.body_text) into text_length
    from public.articles a
    where a.id = new.article_id;
    if new.end_offset > text_length then
      raise exception 'claim offsets %..% lie outside the article, whose text is % characters long',
        new.start_offset, new.end_offset, text_length
        using errcode = '23514';
    end if;
  end if;
  return new;
end;
$$;

create trigger validate_claim
  before insert or update on public.claims
  for each row execute function public.validate_claim();

create table public.sources (
  id uuid primary key default gen_random_uuid(),
  claim_id uuid not null references public.claims (id) on delete cascade,
  url text not null
    constraint sources_url_must_be_http_or_https
      check (url ~* '^https?://[^[:space:]/?#]+[^[:space:]]*$')
    constraint sources_url_must_be_at_most_2048_characters
      check (char_length(url) <= 2048),
  title text
    constraint sources_title_must_be_at_most_500_characters check (char_length(title) <= 500),
  publisher text
    constraint sources_publisher_must_be_at_most_500_characters
      check (char_length(publisher) <= 500),
  quote text
    constraint sources_quote_must_be_at_most_5000_characters check (char_length(quote) <= 5000),
  stance text not null
    constraint sources_stance_must_be_supports_refutes_or_context
      check (stance in ('supports', 'refutes', 'context')),
  accessed_on date,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);

comment on table public.sources is
  'Evidence for a claim: an http(s) link, what it says and whether it supports, refutes or gives context to the claim. Editable by whoever may edit the claim.';

alter table public.sources enable row level security;

create index sources_claim_id_idx on public.sources (claim_id);
create index sources_created_by_idx on public.sources (created_by);

-- Who adds a source and to which claim is fixed once written.
revoke update on public.sources from anon, authenticated;
grant update (url, title, publisher, quote, stance, accessed_on) on public.sources to authenticated;

-- Who may change a claim (and so its sources): its author while it is a draft or sent
-- back, any editor while it is in review. One definition for every policy that asks.
create function public.may_edit_claim(author uuid, status text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select (author = (select auth.uid()) and status in ('draft', 'changes_requested'))
    or (status = 'in_review' and public.has_role('editor'))
$$;

comment on function public.may_edit_claim(uuid, text) is
  'True when the caller may edit a claim by this author in this status (and its sources).';

revoke execute on function public.may_edit_claim(uuid, text) from public, anon;
grant execute on function public.may_edit_claim(uuid, text) to authenticated, service_role;

create policy "anyone reads published claims"
  on public.claims for select
  to anon
  using (status = 'published');

create policy "signed-in users read all claims"
  on public.claims for select
  to authenticated
  using (true);

create policy "signed-in users create their own drafts"
  on public.claims for insert
  to authenticated
  with check (created_by = (select auth.uid()) and status = 'draft');

create policy "authors edit drafts, editors edit claims in review"
  on public.claims for update
  to authenticated
  using (public.may_edit_claim(created_by, status))
  with check (public.may_edit_claim(created_by, status));

create policy "authors delete their drafts, admins any claim"
  on public.claims for delete
  to authenticated
  using (
    (created_by = (select auth.uid()) and status = 'draft')
    or (select public.has_role('admin'))
  );

create policy "anyone reads sources of published claims"
  on public.sources for select
  to anon
  using (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id and c.status = 'published'
  ));

create policy "signed-in users read all sources"
  on public.sources for select
  to authenticated
  using (true);

create policy "whoever may edit the claim adds sources"
  on public.sources for insert
  to authenticated
  with check (
    created_by = (select auth.uid())
    and exists (
      select 1 from public.claims c
      where c.id = sources.claim_id
        and public.may_edit_claim(c.created_by, c.status)
    )
  );

create policy "whoever may edit the claim edits its sources"
  on public.sources for update
  to authenticated
  using (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id
      and public.may_edit_claim(c.created_by, c.status)
  ))
  with check (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id
      and public.may_edit_claim(c.created_by, c.status)
  ));

create policy "whoever may edit the claim removes its sources"
  on public.sources for delete
  to authenticated
  using (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id
      and public.may_edit_claim(c.created_by, c.status)
  ));

create policy "anyone reads articles with a published claim"
  on public.articles for select
  to anon
  using (exists (
    select 1 from public.claims c
    where c.article_id = articles.id and c.status = 'published'
  ));

create policy "signed-in users read all articles"
  on public.articles for select
  to authenticated
  using (true);

create policy "signed-in users add articles as themselves"
  on public.articles for insert
  to authenticated
  with check (created_by = (select auth.uid()));

-- Editors correct an article's text (claims are re-anchored after it), as its creator may.
create policy "creators and editors edit articles"
  on public.articles for update
  to authenticated
  using (created_by = (select auth.uid()) or (select public.has_role('editor')))
  with check (created_by = (select auth.uid()) or (select public.has_role('editor')));

create policy "admins delete articles, creators while no claim refers to them"
  on public.articles for delete
  to authenticated
  using (
    (select public.has_role('admin'))
    or (created_by = (select auth.uid())
      and not exists (select 1 from public.claims c where c.article_id = articles.id))
  );
