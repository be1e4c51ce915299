-- Security-definer helpers move out of the API. PostgREST offers every function of an
-- exposed schema as an RPC, so public.has_role() answered authenticated callers at
-- rpc/has_role, and the security-definer trigger functions sat among the RPCs too.
-- Following Supabase's row-level security guidance, helpers that are not API entry points
-- live in the schema private, which the API does not expose (supabase/config.toml
-- [api] schemas and stack/postgrest.ts serve public only). Every policy and function that
-- asked public.has_role() now asks private.has_role(), and the public ones are dropped.
-- The security-definer functions left in public are the RPCs the app calls: submit_claim,
-- review_claim, publish_claim and save_article_text.

create schema private;

comment on schema private is
  'Helpers for policies, triggers and RPCs that the API must not expose: PostgREST does not serve this schema.';

-- Signed-in callers evaluate the policies and invoker functions that ask for a role
-- (may_edit_claim, guard_profile_update), so they need to reach into private; no policy for
-- anonymous callers does, so anon gets nothing here.
grant usage on schema private to authenticated, service_role;

-- The single place where roles are checked. Security definer so that policies on other
-- tables can read the caller's profile without depending on profiles' own policies;
-- the empty search_path keeps a caller from shadowing public.profiles or auth.uid().
create function private.has_role(required text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.profiles p
    where p.id = (select auth.uid())
      and array_position(array['checker', 'editor', 'admin'], p.role)
        >= array_position(array['checker', 'editor', 'admin'], required)
  )
$$;

comment on function private.has_role(text) is
  'True when the signed-in caller holds the given role or a higher one (checker < editor < admin). For policies and functions; not an RPC.';

revoke execute on function private.has_role(text) from public, anon;
grant execute on function private.has_role(text) to authenticated, service_role;

-- Security definer because auth users are inserted by the auth service's role, which
-- has no rights on public.profiles.
create function private.create_profile_for_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.profiles (id, display_name)
  values (
    new.id,
    public.initial_display_name(new.raw_user_meta_data, new.email)
  );
  return new;
end;
$$;

comment on function private.create_profile_for_new_user() is
  'Trigger on auth.users: creates the new user''s profile (role checker, name from the sign-up metadata).';

revoke execute on function private.create_profile_for_new_user() from public, anon, authenticated, service_role;

create or replace trigger create_profile_after_user_insert
  after insert on auth.users
  for each row execute function private.create_profile_for_new_user();

drop function public.create_profile_for_new_user();

-- Security definer: API roles may not write claim_events themselves.
create function private.record_claim_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.claim_events (claim_id, actor_id, action, to_status, to_verdict)
    values (new.id, (select auth.uid()), 'created', new.status, new.verdict_id);
    return new;
  end if;
  -- An update that kept the version is a re-anchoring (see guard_claim_update), not an edit.
  if new.version = old.version then
    return new;
  end if;
  if new.verdict_id is distinct from old.verdict_id then
    insert into public.claim_events (claim_id, actor_id, action, from_verdict, to_verdict)
    values (new.id, (select auth.uid()), 'verdict_changed', old.verdict_id, new.verdict_id);
  end if;
  if (new.quote_exact, new.quote_prefix, new.quote_suffix, new.start_offset, new.end_offset,
      new.claim_text, new.claimant, new.rationale)
    is distinct from
     (old.quote_exact, old.quote_prefix, old.quote_suffix, old.start_offset, old.end_offset,
      old.claim_text, old.claimant, old.rationale) then
    insert into public.claim_events (claim_id, actor_id, action)
    values (new.id, (select auth.uid()), 'edited');
  end if;
  return new;
end;
$$;

comment on function private.record_claim_change() is
  'Trigger on public.claims: writes the created, verdict_changed and edited events of the claim''s audit trail.';

revoke execute on function private.record_claim_change() from public, anon, authenticated, service_role;

create or replace trigger record_claim_change
  after insert or update on public.claims
  for each row execute function private.record_claim_change();

drop function public.record_claim_change();

-- The functions that ask for a role, unchanged but for where has_role lives.
create or replace function public.guard_profile_update()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.id is distinct from old.id or new.created_at is distinct from old.created_at then
    raise exception 'a profile''s id and created_at cannot be changed'
      using errcode = '42501';
  end if;
  if new.role is distinct from old.role
    and current_user in ('anon', 'authenticated')
    and not private.has_role('admin') then
    raise exception 'only an admin can change roles'
      using errcode = '42501';
  end if;
  return new;
end;
$$;

create or replace function public.may_edit_claim(author uuid, status text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select (author = (select auth.uid()) and status in ('draft', 'changes_requested'))
    or (status = 'in_review' and private.has_role('editor'))
$$;

create or replace function public.review_claim(
  claim_id uuid,
  decision text,
  note text default null,
  expected_version integer default null
)
returns public.claims
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.claims;
  new_status text;
  result public.claims;
begin
  if decision is null or decision not in ('approve', 'request_changes') then
    raise exception 'decision must be approve or request_changes, not %', coalesce(decision, 'null')
      using errcode = '22023';
  end if;
  target := public.lock_claim_for_decision(review_claim.claim_id, review_claim.expected_version);
  if caller is null or not private.has_role('editor') then
    raise exception 'only editors and admins review claims' using errcode = '42501';
  end if;
  if target.status <> 'in_review' then
    raise exception 'cannot review: the claim is %, and only claims in review can be reviewed', target.status
      using errcode = 'P0001';
  end if;
  if target.created_by = caller then
    raise exception 'nobody reviews their own claim: another editor must review it' using errcode = '42501';
  end if;
  if decision = 'request_changes' and (note is null or note !~ '\S') then
    raise exception 'say what needs to change: a note is required when requesting changes'
      using errcode = 'P0001';
  end if;
  if char_length(note) > 5000 then
    raise exception 'the review note must be at most 5000 characters' using errcode = 'P0001';
  end if;

  new_status := case decision when 'approve' then 'approved' else 'changes_requested' end;
  update public.claims c
  set status = new_status, reviewed_by = caller, reviewed_at = now()
  where c.id = target.id
  returning * into result;

  insert into public.claim_events (claim_id, actor_id, action, from_status, to_status, note)
  values (
    target.id,
    caller,
    case decision when 'approve' then 'approved' else 'changes_requested' end,
    target.status,
    new_status,
    nullif(btrim(note), '')
  );
  return result;
end;
$$;

create or replace function public.publish_claim(claim_id uuid, expected_version integer default null)
returns public.claims
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.claims;
  result public.claims;
begin
  target := public.lock_claim_for_decision(publish_claim.claim_id, publish_claim.expected_version);
  if caller is null or not private.has_role('editor') then
    raise exception 'only editors and admins publish claims' using errcode = '42501';
  end if;
  if target.status <> 'approved' then
    raise exception 'cannot publish: the claim is %, and only approved claims can be published', target.status
      using errcode = 'P0001';
  end if;

  update public.claims c
  set status = 'published', published_at = now()
  where c.id = target.id
  returning * into result;

  insert into public.claim_events (claim_id, actor_id, action, from_status, to_status)
  values (target.id, caller, 'published', target.status, 'published');
  return result;
end;
$$;

create or replace function public.save_article_text(
  article_id uuid,
  body jsonb,
  body_text text,
  anchors jsonb,
  expected_updated_at timestamptz default null
)
returns public.articles
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.articles;
  result public.articles;
  foreign_claims text;
begin
  if caller is null then
    raise exception 'sign in to change an article''s text' using errcode = '42501';
  end if;
  select * into target from public.articles a where a.id = save_article_text.article_id for update;
  if not found then
    raise exception 'article % not found', save_article_text.article_id using errcode = 'PT404';
  end if;
  if target.created_by is distinct from caller and not private.has_role('editor') then
    raise exception 'only the article''s creator or an editor can change its text' using errcode = '42501';
  end if;
  if expected_updated_at is not null and expected_updated_at <> target.updated_at then
    raise exception 'the article changed since you opened it (you read the version of %, it was saved again at %); reload it',
      expected_updated_at, target.updated_at
      using errcode = 'PT409';
  end if;
  if anchors is null or jsonb_typeof(anchors) <> 'array'
    or exists (
      select 1 from jsonb_array_elements(anchors) e
      where jsonb_typeof(e) <> 'object' or jsonb_typeof(e -> 'claim_id') is distinct from 'string'
    ) then
    raise exception 'anchors must be a JSON array of {"claim_id": uuid, "start_offset": integer or null, "end_offset": integer or null}'
      using errcode = '22023';
  end if;
  if exists (
    select 1 from jsonb_array_elements(anchors) e
    group by e ->> 'claim_id' having count(*) > 1
  ) then
    raise exception 'anchors lists a claim more than once' using errcode = '22023';
  end if;
  select string_agg(x.claim_id::text, ', ') into foreign_claims
  from jsonb_to_recordset(anchors) as x (claim_id uuid)
  where not exists (
    select 1 from public.claims c where c.id = x.claim_id and c.article_id = target.id
  );
  if foreign_claims is not null then
    raise exception 'anchors names claims that are not claims of this article: %', foreign_claims
      using errcode = '22023';
  end if;

  -- The article first: validate_claim checks the new offsets against the new body_text.
  update public.articles a
  set body = save_article_text.body, body_text = save_article_text.body_text
  where a.id = target.id
  returning * into result;

  update public.claims c
  set start_offset = x.start_offset, end_offset = x.end_offset
  from jsonb_to_recordset(anchors) as x (claim_id uuid, start_offset integer, end_offset integer)
  where c.id = x.claim_id
    and (c.start_offset, c.end_offset) is distinct from (x.start_offset, x.end_offset);

  -- A claim the caller did not re-anchor (added meanwhile) must not point past the new text;
  -- it becomes unanchored and the workspace anchors it again by its quote.
  update public.claims c
  set start_offset = null, end_offset = null
  where c.article_id = target.id
    and c.end_offset > char_length(result.body_text)
    and not exists (
      select 1 from jsonb_array_elements(anchors) e where (e ->> 'claim_id')::uuid = c.id
    );

  return result;
end;
$$;

alter policy "users update their own profile, admins any"
  on public.profiles
  using (id = (select auth.uid()) or (select private.has_role('admin')))
  with check (id = (select auth.uid()) or (select private.has_role('admin')));

alter policy "admins add verdicts"
  on public.verdicts
  with check ((select private.has_role('admin')));

alter policy "admins change verdicts"
  on public.verdicts
  using ((select private.has_role('admin')))
  with check ((select private.has_role('admin')));

alter policy "admins delete verdicts"
  on public.verdicts
  using ((select private.has_role('admin')));

alter policy "authors delete their drafts, admins any claim"
  on public.claims
  using (
    (created_by = (select auth.uid()) and status = 'draft')
    or (select private.has_role('admin'))
  );

alter policy "creators and editors edit articles"
  on public.articles
  using (created_by = (select auth.uid()) or (select private.has_role('editor')))
  with check (created_by = (select auth.uid()) or (select private.has_role('editor')));

alter policy "admins delete articles, creators while no claim refers to them"
  on public.articles
  using (
    (select private.has_role('admin'))
    or (created_by = (select auth.uid())
      and not exists (select 1 from public.claims c where c.article_id = articles.id))
  );

alter policy "authors and admins remove comments"
  on public.claim_comments
  using (author_id = (select auth.uid()) or (select private.has_role('admin')));

-- Fails while any policy still depends on it, so none can be left behind.
drop function public.has_role(text);
