-- Profiles: one row per auth user, created by trigger, carrying the newsroom role that
-- every policy checks through public.has_role(). Roles rank checker < editor < admin.

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null
    constraint profiles_display_name_must_be_1_to_100_characters
      check (char_length(display_name) between 1 and 100 and display_name ~ '\S'),
  role text not null default 'checker'
    constraint profiles_role_must_be_checker_editor_or_admin
      check (role in ('checker', 'editor', 'admin')),
  created_at timestamptz not null default now()
);

comment on table public.profiles is
  'One row per auth user (created by trigger): the name shown to colleagues and the newsroom role (checker < editor < admin).';

alter table public.profiles enable row level security;

-- The single place where roles are checked. Security definer so that policies on other
-- tables can read the caller's profile without depending on profiles' own policies;
-- the empty search_path keeps a caller from shadowing public.profiles or auth.uid().
create function public.has_role(required text)
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

comment on function public.has_role(text) is
  'True when the signed-in caller holds the given role or a higher one (checker < editor < admin).';

revoke execute on function public.has_role(text) from public, anon;
grant execute on function public.has_role(text) to authenticated, service_role;

-- The name a new user starts with: the one they signed up with, else their email's
-- local part.
create function public.initial_display_name(user_metadata jsonb, email text)
returns text
language sql
immutable
set search_path = ''
as $$
  select left(
    coalesce(
      nullif(btrim(user_metadata ->> 'display_name'), ''),
      nullif(btrim(user_metadata ->> 'full_name'), ''),
      nullif(btrim(user_metadata ->> 'name'), ''),
      nullif(split_part(email, '@', 1), ''),
      'user'
    ),
    100
  )
$$;

comment on function public.initial_display_name(jsonb, text) is
  'The display name a new profile starts with: display_name, full_name or name from the sign-up metadata, else the email''s local part.';

revoke execute on function public.initial_display_name(jsonb, text) from public, anon, authenticated, service_role;

-- Security definer because auth users are inserted by the auth service's role, which
-- has no rights on public.profiles.
create function public.create_profile_for_new_user()
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

revoke execute on function public.create_profile_for_new_user() from public, anon, authenticated;

create trigger create_profile_after_user_insert
  after insert on auth.users
  for each row execute function public.create_profile_for_new_user();

-- A hosted project may already have users when this migration runs.
insert into public.profiles (id, display_name)
select
  u.id,
  public.initial_display_name(u.raw_user_meta_data, u.email)
from auth.users u
on conflict (id) do nothing;

-- Policies let users update their own row (for display_name); this trigger keeps the role
-- out of their reach. It only judges API callers: migrations, seeds and the service role
-- (current_user postgres / service_role) manage roles without a signed-in admin.
create function public.guard_profile_update()
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
    and not public.has_role('admin') then
    raise exception 'only an admin can change roles'
      using errcode = '42501';
  end if;
  return new;
end;
$$;

create trigger guard_profile_update
  before update on public.profiles
  for each row execute function public.guard_profile_update();

create policy "signed-in users read all profiles"
  on public.profiles for select
  to authenticated
  using (true);

create policy "users update their own profile, admins any"
  on public.profiles for update
  to authenticated
  using (id = (select auth.uid()) or (select public.has_role('admin')))
  with check (id = (select auth.uid()) or (select public.has_role('admin')));
