-- Bounded input, and creation stamps the database sets. Until now one POST could add 200,000
-- comments or 5,000 sources to a claim, text made only of invisible characters (zero-width
-- spaces) passed the "not blank" checks, and a client could send its own created_at for an
-- article, a source or a comment. From here on:
-- - a client adds one article, claim or comment per request, and a claim has at most 50
--   sources;
-- - text that must say something (a claim, its quote, a comment, a display name, a
--   newsroom's name, a verdict's label) must contain a visible character;
-- - created_at is the database's clock and created_by the signed-in caller, whatever the
--   client sent; neither changes afterwards.

-- Whitespace, and the format and filler characters that render as nothing.
create function private.has_visible_text(value text)
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
  select value is not null
    and regexp_replace(
      value,
      '[[:space:]\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u206a-\u206f\u3000\u3164\ufeff\uffa0]',
      '',
      'g'
    ) <> ''
$$;

comment on function private.has_visible_text(text) is
  'True when the text contains at least one visible character (not whitespace, a zero-width or other invisible format character).';

-- Anonymous callers write nothing these constraints guard (row-level security refuses them first).
revoke execute on function private.has_visible_text(text) from public, anon;
grant execute on function private.has_visible_text(text) to authenticated, service_role;

alter table public.claims
  add constraint claims_claim_text_must_have_visible_text check (private.has_visible_text(claim_text)),
  add constraint claims_quote_exact_must_have_visible_text check (private.has_visible_text(quote_exact));
alter table public.claim_comments
  add constraint claim_comments_body_must_have_visible_text check (private.has_visible_text(body));
alter table public.profiles
  add constraint profiles_display_name_must_have_visible_text check (private.has_visible_text(display_name));
alter table public.newsrooms
  add constraint newsrooms_name_must_have_visible_text check (private.has_visible_text(name));
alter table public.verdicts
  add constraint verdicts_label_must_have_visible_text check (private.has_visible_text(label));

-- One row per request: each trigger names its transition table inserted_rows.
create function private.one_row_per_request()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  inserted integer;
begin
  if current_user not in ('anon', 'authenticated', 'service_role') then
    return null;
  end if;
  select count(*) into inserted from inserted_rows;
  if inserted > 1 then
    raise exception 'add one % at a time (this request adds %)', tg_argv[0], inserted using errcode = '22023';
  end if;
  return null;
end;
$$;

comment on function private.one_row_per_request() is
  'Statement trigger: a client''s insert adds at most one row (the table''s kind of row is the trigger''s argument).';

revoke execute on function private.one_row_per_request() from public, anon, authenticated, service_role;

create trigger one_article_per_request
  after insert on public.articles
  referencing new table as inserted_rows
  for each statement execute function private.one_row_per_request('article');

create trigger one_claim_per_request
  after insert on public.claims
  referencing new table as inserted_rows
  for each statement execute function private.one_row_per_request('claim');

create trigger one_comment_per_request
  after insert on public.claim_comments
  referencing new table as inserted_rows
  for each statement execute function private.one_row_per_request('comment');

create function private.bound_sources_per_claim()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  crowded uuid;
begin
  select s.claim_id into crowded
  from public.sources s
  where s.claim_id in (select i.claim_id from inserted_rows i)
  group by s.claim_id
  having count(*) > 50
  limit 1;
  if crowded is not null then
    raise exception 'a claim has at most 50 sources (claim %)', crowded using errcode = '22023';
  end if;
  return null;
end;
$$;

comment on function private.bound_sources_per_claim() is
  'Statement trigger on public.sources: a claim has at most 50 sources.';

revoke execute on function private.bound_sources_per_claim() from public, anon, authenticated, service_role;

create trigger bound_sources_per_claim
  after insert on public.sources
  referencing new table as inserted_rows
  for each statement execute function private.bound_sources_per_claim();

-- Creation stamps: the database's clock, and the caller (for signed-in requests; the service
-- role acts for someone and says whom).
create function private.stamp_creation()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user not in ('anon', 'authenticated', 'service_role') then
    return new;
  end if;
  new := jsonb_populate_record(new, jsonb_build_object('created_at', now()));
  if current_user in ('anon', 'authenticated') and to_jsonb(new) ? 'created_by' then
    new := jsonb_populate_record(new, jsonb_build_object('created_by', (select auth.uid())));
  end if;
  return new;
end;
$$;

comment on function private.stamp_creation() is
  'Trigger: a row added through the API gets the database''s time as created_at and, for a signed-in caller, the caller as created_by.';

revoke execute on function private.stamp_creation() from public, anon, authenticated, service_role;

create function private.keep_creation_stamp()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('anon', 'authenticated', 'service_role')
    and ((to_jsonb(new) -> 'created_at') is distinct from (to_jsonb(old) -> 'created_at')
      or (to_jsonb(new) -> 'created_by') is distinct from (to_jsonb(old) -> 'created_by')) then
    raise exception 'created_at and created_by are set by the database and cannot be changed' using errcode = '42501';
  end if;
  return new;
end;
$$;

comment on function private.keep_creation_stamp() is
  'Trigger: created_at and created_by never change through the API.';

revoke execute on function private.keep_creation_stamp() from public, anon, authenticated, service_role;

create trigger stamp_creation before insert on public.articles
  for each row execute function private.stamp_creation();
create trigger stamp_creation before insert on public.sources
  for each row execute function private.stamp_creation();
create trigger stamp_creation before insert on public.claim_comments
  for each row execute function private.stamp_creation();

create trigger keep_creation_stamp before update on public.articles
  for each row execute function private.keep_creation_stamp();
create trigger keep_creation_stamp before update on public.sources
  for each row execute function private.keep_creation_stamp();
create trigger keep_creation_stamp before update on public.claim_comments
  for each row execute function private.keep_creation_stamp();

-- A sign-up whose name says nothing visible ("\t", a zero-width space) starts with the email's
-- local part instead of failing the profile's constraint, which would fail the sign-up itself
-- on a hosted project (our auth stand-in refuses such names before they get here).
create or replace function public.initial_display_name(user_metadata jsonb, email text)
returns text
language sql
immutable
set search_path = ''
as $$
  select left(coalesce(
    (select btrim(candidate, E' \t\n\r\f\v')
     from unnest(array[
       user_metadata ->> 'display_name',
       user_metadata ->> 'full_name',
       user_metadata ->> 'name',
       split_part(email, '@', 1)
     ]) with ordinality as candidates (candidate, position)
     where private.has_visible_text(candidate)
     order by position
     limit 1),
    'user'
  ), 100)
$$;
