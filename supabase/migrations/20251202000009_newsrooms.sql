-- Newsrooms. Until now every signed-in user was a member of one implicit newsroom with a
-- global role in profiles.role, so anyone who signed up (open sign-up, auto-confirmed) read
-- every unpublished claim, note and comment. From here on the work belongs to a newsroom:
-- newsrooms, newsroom_members (a role per newsroom), newsroom_invitations, an audit of
-- membership changes, articles.newsroom_id and a verdict scale per newsroom. Members are
-- added only through the RPCs below (create_newsroom, invite_member, revoke_invitation,
-- accept_invitation, set_member_role, remove_member), which check their caller themselves.
-- What existed before moves into "Demo Newsroom" (slug demo), every user a member in the
-- role they had; the next migration points every policy and workflow function at the role
-- in the row's newsroom and drops profiles.role.
-- Errors: 42501 (HTTP 403) for a caller who may not take the step, 22023 (HTTP 400) for
-- malformed input, 23505 (HTTP 409) for a slug that is taken, P0001 (HTTP 400) for an
-- invitation or membership not in the right state, PT404 (HTTP 404) for an unknown row.

create table public.newsrooms (
  id uuid primary key default gen_random_uuid(),
  slug text not null
    constraint newsrooms_slug_must_be_lowercase_letters_digits_and_hyphens
      check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
    constraint newsrooms_slug_must_be_2_to_63_characters
      check (char_length(slug) between 2 and 63),
  name text not null
    constraint newsrooms_name_must_be_1_to_200_characters
      check (char_length(name) between 1 and 200 and name ~ '\S'),
  url text
    constraint newsrooms_url_must_be_http_or_https
      check (url ~* '^https?://[^[:space:]/?#]+[^[:space:]]*$')
    constraint newsrooms_url_must_be_at_most_2048_characters
      check (char_length(url) <= 2048),
  logo_url text
    constraint newsrooms_logo_url_must_be_http_or_https
      check (logo_url ~* '^https?://[^[:space:]/?#]+[^[:space:]]*$')
    constraint newsrooms_logo_url_must_be_at_most_2048_characters
      check (char_length(logo_url) <= 2048),
  created_at timestamptz not null default now(),
  constraint newsrooms_slug_must_be_unique unique (slug)
);

comment on table public.newsrooms is
  'A newsroom (a fact-checking desk): the organisation that owns articles, claims and a verdict scale, and whose name and url ClaimReview names as author. Readable by everyone; its admins change name, slug, url and logo_url; created only through create_newsroom.';

alter table public.newsrooms enable row level security;

-- Rows are added by create_newsroom only; id and created_at never change.
revoke insert, update, delete, truncate on public.newsrooms from anon, authenticated;
grant update (slug, name, url, logo_url) on public.newsrooms to authenticated;

-- A taken slug gets a message that says so instead of the bare constraint name (which
-- still backs it up against a concurrent insert).
create function public.validate_newsroom()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if (tg_op = 'INSERT' or new.slug is distinct from old.slug)
    and exists (select 1 from public.newsrooms n where n.slug = new.slug and n.id <> new.id) then
    raise exception 'the slug "%" is taken by another newsroom: choose another', new.slug
      using errcode = '23505';
  end if;
  return new;
end;
$$;

create trigger validate_newsroom
  before insert or update on public.newsrooms
  for each row execute function public.validate_newsroom();

create table public.newsroom_members (
  newsroom_id uuid not null references public.newsrooms (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  role text not null
    constraint newsroom_members_role_must_be_checker_editor_or_admin
      check (role in ('checker', 'editor', 'admin')),
  created_at timestamptz not null default now(),
  primary key (newsroom_id, user_id)
);

comment on table public.newsroom_members is
  'Who belongs to which newsroom, in which role (checker < editor < admin; one role per newsroom, so a person may be an editor here and a checker there). Written only by create_newsroom, accept_invitation, set_member_role and remove_member; every change is recorded in newsroom_member_events.';

alter table public.newsroom_members enable row level security;

create index newsroom_members_user_id_idx on public.newsroom_members (user_id);

revoke insert, update, delete, truncate on public.newsroom_members from anon, authenticated;

create table public.newsroom_invitations (
  id uuid primary key default gen_random_uuid(),
  newsroom_id uuid not null references public.newsrooms (id) on delete cascade,
  email text not null
    constraint newsroom_invitations_email_must_be_an_email_address
      check (email ~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$' and char_length(email) <= 320)
    constraint newsroom_invitations_email_must_be_lowercase
      check (email = lower(email)),
  role text not null
    constraint newsroom_invitations_role_must_be_checker_editor_or_admin
      check (role in ('checker', 'editor', 'admin')),
  invited_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '14 days',
  accepted_at timestamptz,
  revoked_at timestamptz,
  constraint newsroom_invitations_must_expire_after_they_are_made check (expires_at > created_at),
  constraint newsroom_invitations_are_accepted_or_revoked_not_both
    check (accepted_at is null or revoked_at is null)
);

comment on table public.newsroom_invitations is
  'An invitation to join a newsroom in a role, addressed to an email address (stored lower-case). Pending until accepted (accept_invitation, by the signed-in user with that confirmed email, before expires_at), revoked (revoke_invitation) or expired. Read by the newsroom''s admins and by its addressee; written only by the RPCs.';

alter table public.newsroom_invitations enable row level security;

create index newsroom_invitations_newsroom_id_idx on public.newsroom_invitations (newsroom_id, created_at);
create index newsroom_invitations_email_idx on public.newsroom_invitations (email);
create index newsroom_invitations_invited_by_idx on public.newsroom_invitations (invited_by);

revoke insert, update, delete, truncate on public.newsroom_invitations from anon, authenticated;

-- The audit of membership: written by triggers on newsroom_members and newsroom_invitations,
-- so no path (RPC, service role, SQL) changes a membership without a record.
create table public.newsroom_member_events (
  id bigint primary key generated always as identity,
  newsroom_id uuid not null references public.newsrooms (id) on delete cascade,
  actor_id uuid references public.profiles (id) on delete set null,
  action text not null
    constraint newsroom_member_events_action_must_be_a_known_action
      check (action in ('joined', 'role_changed', 'removed', 'invited', 'invitation_revoked', 'invitation_accepted')),
  user_id uuid references public.profiles (id) on delete set null,
  invitation_id uuid references public.newsroom_invitations (id) on delete set null,
  email text,
  from_role text,
  to_role text,
  created_at timestamptz not null default now()
);

comment on table public.newsroom_member_events is
  'Audit of a newsroom''s membership: who joined, changed role, was removed, invited, had an invitation revoked or accepted it, by whom (actor_id, null for changes made outside the API) and when. Readable by the newsroom''s admins; written only by triggers.';

alter table public.newsroom_member_events enable row level security;

create index newsroom_member_events_newsroom_id_idx on public.newsroom_member_events (newsroom_id, id);
create index newsroom_member_events_actor_id_idx on public.newsroom_member_events (actor_id);
create index newsroom_member_events_user_id_idx on public.newsroom_member_events (user_id);
create index newsroom_member_events_invitation_id_idx on public.newsroom_member_events (invitation_id);

revoke insert, update, delete, truncate on public.newsroom_member_events from anon, authenticated, service_role;

-- Security definer: the audit is not writable by API roles, and a change made by the
-- service role is recorded too. The newsroom or profile may be on its way out (a cascade
-- from deleting it): then the event has nothing left to belong to, or names nobody.
create function private.record_membership_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  member public.newsroom_members := case when tg_op = 'DELETE' then old else new end;
begin
  if not exists (select 1 from public.newsrooms n where n.id = member.newsroom_id) then
    return null;
  end if;
  if tg_op = 'UPDATE' and new.role is not distinct from old.role then
    return null;
  end if;
  insert into public.newsroom_member_events (newsroom_id, actor_id, action, user_id, from_role, to_role)
  values (
    member.newsroom_id,
    (select p.id from public.profiles p where p.id = (select auth.uid())),
    case tg_op when 'INSERT' then 'joined' when 'UPDATE' then 'role_changed' else 'removed' end,
    (select p.id from public.profiles p where p.id = member.user_id),
    case when tg_op <> 'INSERT' then old.role end,
    case when tg_op <> 'DELETE' then new.role end
  );
  return null;
end;
$$;

comment on function private.record_membership_change() is
  'Trigger on public.newsroom_members: records joined, role_changed and removed in newsroom_member_events.';

revoke execute on function private.record_membership_change() from public, anon, authenticated, service_role;

create trigger record_membership_change
  after insert or update or delete on public.newsroom_members
  for each row execute function private.record_membership_change();

create function private.record_invitation_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  action text;
begin
  if tg_op = 'INSERT' then
    action := 'invited';
  elsif new.revoked_at is not null and old.revoked_at is null then
    action := 'invitation_revoked';
  elsif new.accepted_at is not null and old.accepted_at is null then
    action := 'invitation_accepted';
  else
    return null;
  end if;
  insert into public.newsroom_member_events (newsroom_id, actor_id, action, invitation_id, email, to_role)
  values (
    new.newsroom_id,
    (select p.id from public.profiles p where p.id = (select auth.uid())),
    action,
    new.id,
    new.email,
    new.role
  );
  return null;
end;
$$;

comment on function private.record_invitation_change() is
  'Trigger on public.newsroom_invitations: records invited, invitation_revoked and invitation_accepted in newsroom_member_events.';

revoke execute on function private.record_invitation_change() from public, anon, authenticated, service_role;

create trigger record_invitation_change
  after insert or update on public.newsroom_invitations
  for each row execute function private.record_invitation_change();

-- Articles belong to a newsroom, for good: claims judge their verdict by it.
alter table public.articles add column newsroom_id uuid references public.newsrooms (id) on delete cascade;

comment on column public.articles.newsroom_id is
  'The newsroom the article and its claims, sources, comments and events belong to. Set when the article is added; never changes.';

create index articles_newsroom_id_idx on public.articles (newsroom_id);

-- Verdicts belong to a newsroom's scale. The demo newsroom keeps the ids it has (true,
-- false…, which claims and their history refer to); a new newsroom's verdicts get uuids,
-- so a label can change without its id saying otherwise. sort orders a scale and is no
-- longer unique across scales (nor within one, so reordering is a plain update).
alter table public.verdicts add column newsroom_id uuid references public.newsrooms (id) on delete cascade;
alter table public.verdicts add column retired boolean not null default false;
alter table public.verdicts drop constraint verdicts_sort_key;
alter table public.verdicts drop constraint verdicts_id_must_be_a_lowercase_slug;
alter table public.verdicts
  add constraint verdicts_id_must_be_a_lowercase_slug_or_uuid
    check (id ~ '^[a-z][a-z_]*$' or id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');
alter table public.verdicts alter column id set default gen_random_uuid()::text;
alter table public.verdicts alter column description set default '';
alter table public.verdicts
  add constraint verdicts_label_must_be_1_to_100_characters
    check (char_length(label) between 1 and 100 and label ~ '\S');
alter table public.verdicts
  add constraint verdicts_description_must_be_at_most_1000_characters
    check (char_length(description) <= 1000);

comment on table public.verdicts is
  'Each newsroom''s verdict scale, in sort order. rating_value follows schema.org ClaimReview (5 = true .. 1 = false; null where the scale does not apply); color is a lower-case #rrggbb. A retired verdict is offered for no new claim but still shown where it is used; a verdict in use is never deleted. A claim uses only verdicts of its article''s newsroom.';
comment on column public.verdicts.retired is
  'Hidden for new claims (a claim cannot be given it), still shown on the claims that have it.';

create index verdicts_newsroom_id_idx on public.verdicts (newsroom_id, sort);
create unique index verdicts_label_must_be_unique_in_the_scale on public.verdicts (newsroom_id, lower(label));

-- Admins write a scale through the API; which verdict and which scale a row is never change.
revoke insert, update on public.verdicts from anon, authenticated;
grant insert (newsroom_id, label, description, rating_value, sort, color, retired) on public.verdicts to authenticated;
grant update (label, description, rating_value, sort, color, retired) on public.verdicts to authenticated;

-- Today's data moves into Demo Newsroom: every article and verdict, and every user as a
-- member in the role they had. A database without users or articles (a new project, or the
-- local stack before its seed) has nothing to move: it gets no Demo Newsroom, and the old
-- shared scale goes, since every newsroom now gets its own when it is created.
do $$
declare
  demo uuid;
begin
  if exists (select 1 from public.profiles) or exists (select 1 from public.articles) then
    insert into public.newsrooms (slug, name) values ('demo', 'Demo Newsroom') returning id into demo;
    insert into public.newsroom_members (newsroom_id, user_id, role, created_at)
    select demo, p.id, p.role, p.created_at from public.profiles p;
    -- Moving an article is not an edit of it: updated_at stays as it was.
    alter table public.articles disable trigger touch_updated_at;
    update public.articles set newsroom_id = demo;
    alter table public.articles enable trigger touch_updated_at;
    update public.verdicts set newsroom_id = demo;
  else
    delete from public.verdicts;
  end if;
end;
$$;

alter table public.articles alter column newsroom_id set not null;
alter table public.verdicts alter column newsroom_id set not null;

-- The role helpers every policy and workflow function asks from the next migration on.
-- Security definer so that policies can read memberships and the newsroom of an article or
-- claim without depending on those tables' own policies; the empty search_path keeps a
-- caller from shadowing the tables or auth.uid().
create function private.newsroom_role(newsroom_id uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select m.role
  from public.newsroom_members m
  where m.newsroom_id = newsroom_role.newsroom_id
    and m.user_id = (select auth.uid())
$$;

comment on function private.newsroom_role(uuid) is
  'The signed-in caller''s role in the newsroom (checker, editor or admin), null when they are not a member. For policies and functions; not an RPC.';

create function private.has_newsroom_role(newsroom_id uuid, required text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(
    array_position(array['checker', 'editor', 'admin'], private.newsroom_role(has_newsroom_role.newsroom_id))
      >= array_position(array['checker', 'editor', 'admin'], required),
    false
  )
$$;

comment on function private.has_newsroom_role(uuid, text) is
  'True when the signed-in caller holds the given role or a higher one (checker < editor < admin) in the newsroom; false for non-members. For policies and functions; not an RPC.';

create function private.article_newsroom(article_id uuid)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select a.newsroom_id from public.articles a where a.id = article_newsroom.article_id
$$;

comment on function private.article_newsroom(uuid) is
  'The newsroom an article belongs to, whoever asks (a claim''s policies judge the caller by it). For policies and functions; not an RPC.';

create function private.claim_newsroom(claim_id uuid)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select a.newsroom_id
  from public.claims c
  join public.articles a on a.id = c.article_id
  where c.id = claim_newsroom.claim_id
$$;

comment on function private.claim_newsroom(uuid) is
  'The newsroom a claim belongs to (its article''s), whoever asks. For the policies of sources, comments and events; not an RPC.';

create function private.verdict_newsroom(verdict_id text)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select v.newsroom_id from public.verdicts v where v.id = verdict_newsroom.verdict_id
$$;

comment on function private.verdict_newsroom(text) is
  'The newsroom whose scale holds a verdict, whoever asks (validate_claim compares it with the claim''s). Not an RPC.';

create function private.shares_newsroom_with(user_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.newsroom_members mine
    join public.newsroom_members theirs on theirs.newsroom_id = mine.newsroom_id
    where mine.user_id = (select auth.uid())
      and theirs.user_id = shares_newsroom_with.user_id
  )
$$;

comment on function private.shares_newsroom_with(uuid) is
  'True when the signed-in caller and the given user are members of a newsroom in common (who may read whose profile). Not an RPC.';

-- The email an invitation must be addressed to: the caller's, lower-case, and only once
-- confirmed, so that nobody accepts an invitation by signing up with someone else's address
-- on a project where sign-ups are not confirmed at once.
create function private.caller_email()
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select lower(u.email)
  from auth.users u
  where u.id = (select auth.uid())
    and u.email_confirmed_at is not null
$$;

comment on function private.caller_email() is
  'The signed-in caller''s email address, lower-case, or null while it is unconfirmed. Not an RPC.';

revoke execute on function private.newsroom_role(uuid) from public, anon;
revoke execute on function private.has_newsroom_role(uuid, text) from public, anon;
revoke execute on function private.article_newsroom(uuid) from public, anon;
revoke execute on function private.claim_newsroom(uuid) from public, anon;
revoke execute on function private.verdict_newsroom(text) from public, anon;
revoke execute on function private.shares_newsroom_with(uuid) from public, anon;
revoke execute on function private.caller_email() from public, anon;
grant execute on function private.newsroom_role(uuid) to authenticated, service_role;
grant execute on function private.has_newsroom_role(uuid, text) to authenticated, service_role;
grant execute on function private.article_newsroom(uuid) to authenticated, service_role;
grant execute on function private.claim_newsroom(uuid) to authenticated, service_role;
grant execute on function private.verdict_newsroom(text) to authenticated, service_role;
grant execute on function private.shares_newsroom_with(uuid) to authenticated, service_role;
grant execute on function private.caller_email() to authenticated, service_role;

-- The verdict scale a new newsroom starts with: the seven the app has had from the start.
-- key is what the demo newsroom's verdicts keep as their ids.
create function private.default_verdict_scale()
returns table (key text, label text, description text, rating_value integer, sort integer, color text)
language sql
immutable
set search_path = ''
as $$
  values
    ('true', 'True', 'The statement is accurate and nothing significant is missing.', 5, 1, '#15803d'),
    ('mostly_true', 'Mostly true', 'The statement is accurate but needs clarification or additional information.', 4, 2, '#4d7c0f'),
    ('half_true', 'Half true', 'The statement is partially accurate but leaves out important details or takes things out of context.', 3, 3, '#a16207'),
    ('mostly_false', 'Mostly false', 'The statement contains an element of truth but ignores facts that would give a different impression.', 2, 4, '#c2410c'),
    ('false', 'False', 'The statement is not accurate.', 1, 5, '#b91c1c'),
    ('misleading', 'Misleading', 'The statement may contain accurate facts but is presented in a way that gives a false impression.', null, 6, '#6e40c9'),
    ('unverifiable', 'Unverifiable', 'The available evidence is not enough to establish whether the statement is true or false.', null, 7, '#57606a')
$$;

comment on function private.default_verdict_scale() is
  'The seven verdicts (true .. unverifiable) every new newsroom''s scale starts with; key is the id the demo newsroom''s verdicts have. Not an RPC.';

revoke execute on function private.default_verdict_scale() from public, anon, authenticated, service_role;

create function public.guard_article_update()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.newsroom_id is distinct from old.newsroom_id then
    raise exception 'an article cannot move to another newsroom' using errcode = '42501';
  end if;
  return new;
end;
$$;

create trigger guard_article_update
  before update on public.articles
  for each row execute function public.guard_article_update();

-- Messages that say what is wrong with a verdict, for what check constraints and the unique
-- index cannot word: a duplicate label, a move to another scale, deleting one in use.
create function public.validate_verdict()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' then
    -- Deleting the whole newsroom takes its claims and scale together.
    if not exists (select 1 from public.newsrooms n where n.id = old.newsroom_id) then
      return old;
    end if;
    if exists (select 1 from public.claims c where c.verdict_id = old.id)
      or exists (select 1 from public.claim_events e where e.from_verdict = old.id or e.to_verdict = old.id) then
      raise exception 'the verdict "%" is used by claims or their history and cannot be deleted: retire it instead', old.label
        using errcode = '23503';
    end if;
    return old;
  end if;
  if tg_op = 'UPDATE' and (new.id is distinct from old.id or new.newsroom_id is distinct from old.newsroom_id) then
    raise exception 'a verdict''s id and newsroom cannot be changed' using errcode = '42501';
  end if;
  if exists (
    select 1 from public.verdicts v
    where v.newsroom_id = new.newsroom_id and lower(v.label) = lower(new.label) and v.id <> new.id
  ) then
    raise exception 'the scale already has a verdict labelled "%": choose another label', btrim(new.label)
      using errcode = '23505';
  end if;
  return new;
end;
$$;

create trigger validate_verdict
  before insert or update or delete on public.verdicts
  for each row execute function public.validate_verdict();

-- A claim uses only a verdict of its article's newsroom, and a retired one only if it
-- already had it. The article's and the verdict's newsroom never change (guard_article_update,
-- validate_verdict), so checking when the claim is written is enough. The ids offered in
-- the message are read with the caller's rights, so they never show another newsroom's.
create or replace function public.validate_claim()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  text_length integer;
  newsroom uuid;
  verdict public.verdicts;
begin
  if new.verdict_id is not null
    and (tg_op = 'INSERT' or new.verdict_id is distinct from old.verdict_id) then
    newsroom := private.article_newsroom(new.article_id);
    select * into verdict from public.verdicts v where v.id = new.verdict_id;
    if private.verdict_newsroom(new.verdict_id) is null then
      raise exception 'unknown verdict "%": use one of %', new.verdict_id,
        coalesce((select string_agg(v.id, ', ' order by v.sort, v.label) from public.verdicts v
                  where v.newsroom_id = newsroom and not v.retired), 'none (the scale is empty)')
        using errcode = '22023';
    end if;
    if private.verdict_newsroom(new.verdict_id) is distinct from newsroom then
      raise exception 'the verdict "%" belongs to another newsroom''s scale: use one of %', new.verdict_id,
        coalesce((select string_agg(v.id, ', ' order by v.sort, v.label) from public.verdicts v
                  where v.newsroom_id = newsroom and not v.retired), 'none (the scale is empty)')
        using errcode = '22023';
    end if;
    if verdict.retired then
      raise exception 'the verdict "%" is retired and no longer given to claims: use one of %', verdict.label,
        coalesce((select string_agg(v.id, ', ' order by v.sort, v.label) from public.verdicts v
                  where v.newsroom_id = newsroom and not v.retired), 'none (the scale is empty)')
        using errcode = '22023';
    end if;
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


-- The RPCs. Security definer because newsroom_members and newsroom_invitations are closed to
-- API writes; each one therefore checks its caller itself.

create function public.create_newsroom(name text, slug text)
returns public.newsrooms
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  result public.newsrooms;
begin
  if caller is null or not exists (select 1 from public.profiles p where p.id = caller) then
    raise exception 'sign in to create a newsroom' using errcode = '42501';
  end if;
  if create_newsroom.name is null or create_newsroom.name !~ '\S' or char_length(btrim(create_newsroom.name)) > 200 then
    raise exception 'a newsroom''s name must be 1 to 200 characters' using errcode = '22023';
  end if;
  if create_newsroom.slug is null
    or create_newsroom.slug !~ '^[a-z0-9]+(-[a-z0-9]+)*$'
    or char_length(create_newsroom.slug) not between 2 and 63 then
    raise exception 'invalid slug "%": use 2 to 63 lowercase letters, digits and hyphens, with no hyphen at either end', coalesce(create_newsroom.slug, 'null')
      using errcode = '22023';
  end if;

  insert into public.newsrooms (name, slug)
  values (btrim(create_newsroom.name), create_newsroom.slug)
  returning * into result;

  insert into public.newsroom_members (newsroom_id, user_id, role)
  values (result.id, caller, 'admin');

  insert into public.verdicts (newsroom_id, label, description, rating_value, sort, color)
  select result.id, s.label, s.description, s.rating_value, s.sort, s.color
  from private.default_verdict_scale() s;

  return result;
end;
$$;

comment on function public.create_newsroom(text, text) is
  'Any signed-in user creates a newsroom (name; slug of lowercase letters, digits and hyphens, not taken) and becomes its admin; its verdict scale starts with the seven default verdicts.';

create function public.invite_member(newsroom_id uuid, email text, role text)
returns public.newsroom_invitations
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  address text := lower(btrim(invite_member.email));
  result public.newsroom_invitations;
begin
  if caller is null or not private.has_newsroom_role(invite_member.newsroom_id, 'admin') then
    raise exception 'only the newsroom''s admins invite members' using errcode = '42501';
  end if;
  if address is null
    or address !~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$'
    or char_length(address) > 320 then
    raise exception 'invalid email address "%"', coalesce(invite_member.email, 'null') using errcode = '22023';
  end if;
  if invite_member.role is null or invite_member.role not in ('checker', 'editor', 'admin') then
    raise exception 'unknown role "%": use checker, editor or admin', coalesce(invite_member.role, 'null')
      using errcode = '22023';
  end if;
  if exists (
    select 1
    from public.newsroom_members m
    join auth.users u on u.id = m.user_id
    where m.newsroom_id = invite_member.newsroom_id and lower(u.email) = address
  ) then
    raise exception '% is already a member of this newsroom', address using errcode = 'P0001';
  end if;
  if exists (
    select 1 from public.newsroom_invitations i
    where i.newsroom_id = invite_member.newsroom_id and i.email = address
      and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
  ) then
    raise exception '% already has a pending invitation to this newsroom: revoke it first to invite again', address
      using errcode = 'P0001';
  end if;

  insert into public.newsroom_invitations (newsroom_id, email, role, invited_by)
  values (invite_member.newsroom_id, address, invite_member.role, caller)
  returning * into result;
  return result;
end;
$$;

comment on function public.invite_member(uuid, text, text) is
  'A newsroom''s admin invites an email address (stored lower-case) in a role (checker, editor or admin). The invitation expires after 14 days; no mail is sent from the database, the app shows the link to send.';

create function public.revoke_invitation(invitation_id uuid)
returns public.newsroom_invitations
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.newsroom_invitations;
  result public.newsroom_invitations;
begin
  select * into target from public.newsroom_invitations i where i.id = revoke_invitation.invitation_id for update;
  if not found or caller is null or not private.has_newsroom_role(target.newsroom_id, 'admin') then
    if found and caller is not null and private.has_newsroom_role(target.newsroom_id, 'checker') then
      raise exception 'only the newsroom''s admins revoke invitations' using errcode = '42501';
    end if;
    raise exception 'invitation % not found', revoke_invitation.invitation_id using errcode = 'PT404';
  end if;
  if target.accepted_at is not null then
    raise exception 'this invitation was already accepted: remove the member instead' using errcode = 'P0001';
  end if;
  if target.revoked_at is not null then
    raise exception 'this invitation was already revoked' using errcode = 'P0001';
  end if;

  update public.newsroom_invitations i
  set revoked_at = now()
  where i.id = target.id
  returning * into result;
  return result;
end;
$$;

comment on function public.revoke_invitation(uuid) is
  'A newsroom''s admin revokes a pending invitation (an expired one too), so it can no longer be accepted.';

create function public.accept_invitation(invitation_id uuid)
returns public.newsroom_members
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  address text := private.caller_email();
  target public.newsroom_invitations;
  result public.newsroom_members;
begin
  if caller is null then
    raise exception 'sign in to accept an invitation' using errcode = '42501';
  end if;
  select * into target from public.newsroom_invitations i where i.id = accept_invitation.invitation_id for update;
  if not found then
    raise exception 'invitation % not found', accept_invitation.invitation_id using errcode = 'PT404';
  end if;
  if address is null then
    raise exception 'confirm your email address before accepting an invitation' using errcode = '42501';
  end if;
  if target.email <> address then
    raise exception 'this invitation is addressed to another email address: sign in as its addressee to accept it'
      using errcode = '42501';
  end if;
  if target.revoked_at is not null then
    raise exception 'this invitation was revoked: ask the newsroom''s admins for a new one' using errcode = 'P0001';
  end if;
  if target.accepted_at is not null then
    raise exception 'this invitation was already accepted' using errcode = 'P0001';
  end if;
  if target.expires_at <= now() then
    raise exception 'this invitation expired on %: ask the newsroom''s admins for a new one',
      to_char(target.expires_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
      using errcode = 'P0001';
  end if;
  if exists (
    select 1 from public.newsroom_members m
    where m.newsroom_id = target.newsroom_id and m.user_id = caller
  ) then
    raise exception 'you are already a member of this newsroom' using errcode = 'P0001';
  end if;

  update public.newsroom_invitations i set accepted_at = now() where i.id = target.id;
  insert into public.newsroom_members (newsroom_id, user_id, role)
  values (target.newsroom_id, caller, target.role)
  returning * into result;
  return result;
end;
$$;

comment on function public.accept_invitation(uuid) is
  'The signed-in user whose confirmed email the invitation is addressed to joins the newsroom in the invited role, once, before it expires and unless it was revoked.';

create function public.set_member_role(newsroom_id uuid, user_id uuid, role text)
returns public.newsroom_members
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.newsroom_members;
  result public.newsroom_members;
begin
  if caller is null or not private.has_newsroom_role(set_member_role.newsroom_id, 'admin') then
    raise exception 'only the newsroom''s admins change roles' using errcode = '42501';
  end if;
  if set_member_role.role is null or set_member_role.role not in ('checker', 'editor', 'admin') then
    raise exception 'unknown role "%": use checker, editor or admin', coalesce(set_member_role.role, 'null')
      using errcode = '22023';
  end if;
  -- One membership change per newsroom at a time, so two admins demoting each other cannot
  -- both pass the last-admin check.
  perform 1 from public.newsrooms n where n.id = set_member_role.newsroom_id for update;
  select * into target from public.newsroom_members m
  where m.newsroom_id = set_member_role.newsroom_id and m.user_id = set_member_role.user_id
  for update;
  if not found then
    raise exception 'user % is not a member of this newsroom', set_member_role.user_id using errcode = 'PT404';
  end if;
  if target.role = 'admin' and set_member_role.role <> 'admin'
    and not exists (
      select 1 from public.newsroom_members m
      where m.newsroom_id = target.newsroom_id and m.role = 'admin' and m.user_id <> target.user_id
    ) then
    raise exception 'a newsroom keeps at least one admin: make someone else an admin before changing this role'
      using errcode = 'P0001';
  end if;

  update public.newsroom_members m
  set role = set_member_role.role
  where m.newsroom_id = target.newsroom_id and m.user_id = target.user_id
  returning * into result;
  return result;
end;
$$;

comment on function public.set_member_role(uuid, uuid, text) is
  'A newsroom''s admin gives a member another role (checker, editor or admin). The last admin keeps theirs.';

create function public.remove_member(newsroom_id uuid, user_id uuid)
returns public.newsroom_members
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.newsroom_members;
begin
  if caller is null or not private.has_newsroom_role(remove_member.newsroom_id, 'admin') then
    raise exception 'only the newsroom''s admins remove members' using errcode = '42501';
  end if;
  perform 1 from public.newsrooms n where n.id = remove_member.newsroom_id for update;
  select * into target from public.newsroom_members m
  where m.newsroom_id = remove_member.newsroom_id and m.user_id = remove_member.user_id
  for update;
  if not found then
    raise exception 'user % is not a member of this newsroom', remove_member.user_id using errcode = 'PT404';
  end if;
  if target.role = 'admin'
    and not exists (
      select 1 from public.newsroom_members m
      where m.newsroom_id = target.newsroom_id and m.role = 'admin' and m.user_id <> target.user_id
    ) then
    raise exception 'a newsroom keeps at least one admin: make someone else an admin before removing this one'
      using errcode = 'P0001';
  end if;

  delete from public.newsroom_members m
  where m.newsroom_id = target.newsroom_id and m.user_id = target.user_id;
  return target;
end;
$$;

comment on function public.remove_member(uuid, uuid) is
  'A newsroom''s admin removes a member (their claims and comments stay with the newsroom). The last admin cannot be removed.';

revoke execute on function public.create_newsroom(text, text) from public, anon, service_role;
revoke execute on function public.invite_member(uuid, text, text) from public, anon, service_role;
revoke execute on function public.revoke_invitation(uuid) from public, anon, service_role;
revoke execute on function public.accept_invitation(uuid) from public, anon, service_role;
revoke execute on function public.set_member_role(uuid, uuid, text) from public, anon, service_role;
revoke execute on function public.remove_member(uuid, uuid) from public, anon, service_role;
grant execute on function public.create_newsroom(text, text) to authenticated;
grant execute on function public.invite_member(uuid, text, text) to authenticated;
grant execute on function public.revoke_invitation(uuid) to authenticated;
grant execute on function public.accept_invitation(uuid) to authenticated;
grant execute on function public.set_member_role(uuid, uuid, text) to authenticated;
grant execute on function public.remove_member(uuid, uuid) to authenticated;

-- Policies of the new tables. Everyone reads a newsroom's name, slug, url and logo (public
-- pages show them); memberships are read by their member and by the newsroom's members;
-- invitations by the newsroom's admins and their addressee; the audit by the admins.

create policy "anyone reads newsrooms"
  on public.newsrooms for select
  to anon
  using (true);

create policy "signed-in users read newsrooms"
  on public.newsrooms for select
  to authenticated
  using (true);

create policy "admins change their newsroom"
  on public.newsrooms for update
  to authenticated
  using ((select private.has_newsroom_role(id, 'admin')))
  with check ((select private.has_newsroom_role(id, 'admin')));

create policy "members read their newsrooms' memberships, everyone their own"
  on public.newsroom_members for select
  to authenticated
  using (user_id = (select auth.uid()) or (select private.has_newsroom_role(newsroom_id, 'checker')));

create policy "admins and the addressee read invitations"
  on public.newsroom_invitations for select
  to authenticated
  using ((select private.has_newsroom_role(newsroom_id, 'admin')) or email = (select private.caller_email()));

create policy "admins read their newsroom's membership history"
  on public.newsroom_member_events for select
  to authenticated
  using ((select private.has_newsroom_role(newsroom_id, 'admin')));
