-- An audit trail that outlives everything. Until now deleting a claim took its events with
-- it (on delete cascade), deleting a user nulled the actor of every event they caused, and
-- an event written without a signed-in user (the service role, SQL) named nobody. From here:
-- - claim_events rows are never changed or deleted, by anyone short of a superuser: their
--   claim_id no longer references claims, so a deleted claim's trail stays, and a trigger
--   refuses every update, delete and truncate;
-- - every event names its actor as they were called then (actor_name), or "system";
-- - a deleted user's profile stays (marked deleted_at, out of every newsroom), so the
--   claims, sources, comments and events that name them keep doing so;
-- - a claim is deleted only through delete_claim(claim_id, reason): its author while it is
--   a draft never submitted, or an admin of its newsroom with a reason; never one that was
--   ever published (the next step for those is a retraction, in the open). The deletion is
--   itself an event, with who and why; claims deleted with their article say so.

-- Profiles outlive their users.
alter table public.profiles drop constraint profiles_id_fkey;
alter table public.profiles add column deleted_at timestamptz;

comment on column public.profiles.deleted_at is
  'When the person''s account was deleted. Their profile stays so that the work and the trail that name them keep doing so; they belong to no newsroom any more.';

revoke delete on public.profiles from anon, authenticated, service_role;

-- Only the account's deletion marks a profile deleted (retire_profile_of_deleted_user, as the
-- owner); nobody sets or clears it through the API.
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
  if current_user in ('anon', 'authenticated', 'service_role') and new.deleted_at is distinct from old.deleted_at then
    raise exception 'a profile is marked deleted only when its account is deleted' using errcode = '42501';
  end if;
  return new;
end;
$$;

create function private.retire_profile_of_deleted_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.newsroom_members m where m.user_id = old.id;
  update public.profiles p set deleted_at = now() where p.id = old.id;
  return old;
end;
$$;

comment on function private.retire_profile_of_deleted_user() is
  'Trigger on auth.users: when an account is deleted, its memberships end (recorded as removals) and its profile is marked deleted but kept.';

revoke execute on function private.retire_profile_of_deleted_user() from public, anon, authenticated, service_role;

create trigger retire_profile_after_user_delete
  after delete on auth.users
  for each row execute function private.retire_profile_of_deleted_user();

-- Every event names its actor, as they were called when it happened.
alter table public.claim_events add column actor_name text;

update public.claim_events e
set actor_name = coalesce((select p.display_name from public.profiles p where p.id = e.actor_id), 'system');

alter table public.claim_events alter column actor_name set not null;
-- name_event_actor sets it on every insert; the default only spares writers from naming it.
alter table public.claim_events alter column actor_name set default 'system';
alter table public.claim_events
  add constraint claim_events_actor_is_a_person_or_the_system
    check (actor_id is not null or actor_name = 'system');

comment on column public.claim_events.actor_name is
  'The actor''s display name when the event happened, or "system" for a change made without a signed-in user (the service role, SQL).';

-- The trail no longer hangs off the claim: a deleted claim's events stay.
alter table public.claim_events drop constraint claim_events_claim_id_fkey;

comment on table public.claim_events is
  'Audit trail of each claim: creation, edits, verdict and source changes, every workflow step and its deletion, with the actor (id and name as they were) or "system". Written only by triggers and the workflow functions; never changed or deleted, and outlives the claim.';

create function private.name_event_actor()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.actor_name := coalesce((select p.display_name from public.profiles p where p.id = new.actor_id), 'system');
  new.created_at := now();
  return new;
end;
$$;

comment on function private.name_event_actor() is
  'Trigger on public.claim_events: records the actor''s name as it is now, or "system", and the time.';

revoke execute on function private.name_event_actor() from public, anon, authenticated, service_role;

create trigger name_event_actor
  before insert on public.claim_events
  for each row execute function private.name_event_actor();

create function private.refuse_trail_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'the audit trail is never changed or deleted' using errcode = '42501';
end;
$$;

comment on function private.refuse_trail_change() is
  'Trigger on public.claim_events: refuses every update, delete and truncate.';

revoke execute on function private.refuse_trail_change() from public, anon, authenticated, service_role;

create trigger refuse_trail_change
  before update or delete on public.claim_events
  for each row execute function private.refuse_trail_change();

create trigger refuse_trail_truncate
  before truncate on public.claim_events
  for each statement execute function private.refuse_trail_change();

revoke update, delete, truncate on public.claim_events from anon, authenticated, service_role;

-- Claims: deleted only through delete_claim, never once published, and always recorded.
drop policy "authors delete their drafts, the newsroom's admins any claim" on public.claims;
revoke delete on public.claims from anon, authenticated, service_role;

-- Deleting an article takes its claims with it (on delete cascade), and a cascade runs as the
-- table's owner, so the refusal sits on the article: a request through the API never deletes
-- an article with a published claim. delete_claim checks the claim itself.
create function private.guard_article_deletion()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('anon', 'authenticated', 'service_role')
    and exists (select 1 from public.claims c where c.article_id = old.id and c.published_at is not null) then
    raise exception 'an article with a published claim is never deleted: its fact-checks stay on the public record'
      using errcode = '42501';
  end if;
  return old;
end;
$$;

comment on function private.guard_article_deletion() is
  'Trigger on public.articles: a request through the API never deletes an article one of whose claims was published.';

revoke execute on function private.guard_article_deletion() from public, anon, authenticated, service_role;

create trigger guard_article_deletion
  before delete on public.articles
  for each row execute function private.guard_article_deletion();

create function private.record_claim_deletion()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.claim_events (claim_id, actor_id, action, from_status, from_verdict, note)
  values (
    old.id,
    (select p.id from public.profiles p where p.id = (select auth.uid())),
    'deleted',
    old.status,
    old.verdict_id,
    coalesce(nullif(current_setting('factmark.deletion_reason', true), ''), 'deleted with its article')
  );
  return null;
end;
$$;

comment on function private.record_claim_deletion() is
  'Trigger on public.claims: records every deletion (who, and why) in the trail, which outlives the claim.';

revoke execute on function private.record_claim_deletion() from public, anon, authenticated, service_role;

create trigger record_claim_deletion
  after delete on public.claims
  for each row execute function private.record_claim_deletion();

create function public.delete_claim(claim_id uuid, reason text default null)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.claims;
  newsroom uuid;
  why text := nullif(btrim(reason), '');
begin
  select * into target from public.claims c where c.id = delete_claim.claim_id for update;
  newsroom := private.article_newsroom(target.article_id);
  if target.id is null or caller is null or not private.has_newsroom_role(newsroom, 'checker') then
    raise exception 'claim % not found', delete_claim.claim_id using errcode = 'PT404';
  end if;
  if target.published_at is not null
    or exists (select 1 from public.claim_events e where e.claim_id = target.id and e.action = 'published') then
    raise exception 'a claim that was published is never deleted: it stays on the public record' using errcode = '42501';
  end if;
  if char_length(why) > 1000 then
    raise exception 'the reason must be at most 1000 characters' using errcode = '22023';
  end if;
  if private.has_newsroom_role(newsroom, 'admin') then
    if why is null and target.created_by is distinct from caller then
      raise exception 'say why this claim is deleted: the reason stays in its trail' using errcode = '22023';
    end if;
  elsif target.created_by is distinct from caller then
    raise exception 'only the claim''s author (while it is a draft) or the newsroom''s admins delete a claim' using errcode = '42501';
  elsif target.status <> 'draft' or exists (
    select 1 from public.claim_events e where e.claim_id = target.id and e.action = 'submitted'
  ) then
    raise exception 'this claim was submitted for review: only the newsroom''s admins can delete it now' using errcode = '42501';
  end if;
  perform set_config('factmark.deletion_reason', coalesce(why, 'the author deleted their draft'), true);
  delete from public.claims c where c.id = target.id;
  perform set_config('factmark.deletion_reason', '', true);
end;
$$;

comment on function public.delete_claim(uuid, text) is
  'Deletes a claim, its sources and comments, leaving its trail and a deleted event with who and why: its author while it is a draft never submitted, or an admin of its newsroom (with a reason for someone else''s claim). A claim that was ever published is never deleted.';

revoke execute on function public.delete_claim(uuid, text) from public, anon, service_role;
grant execute on function public.delete_claim(uuid, text) to authenticated;

-- My work shows each claim's latest "changes requested" note; the trail no longer embeds
-- under claims, so this view gives one row per claim. Security invoker: the events the
-- caller may read.
create view public.latest_change_requests
with (security_invoker = true)
as
select distinct on (e.claim_id)
  e.claim_id,
  c.created_by,
  e.note,
  e.actor_name,
  e.created_at
from public.claim_events e
join public.claims c on c.id = e.claim_id
where e.action = 'changes_requested'
order by e.claim_id, e.id desc;

comment on view public.latest_change_requests is
  'For each claim sent back at least once, the latest "changes requested" event: the note, who wrote it and when, with the claim''s author. Security invoker: only claims the caller may read.';

revoke all on public.latest_change_requests from anon;
grant select on public.latest_change_requests to authenticated;
