-- The member list a newsroom's settings show its admins: name, email, role and when each
-- joined. Emails live in auth.users, which the API does not serve and no policy could open
-- to one newsroom's admins without opening it wider, so this RPC reads them as its owner
-- (security definer) after checking that the caller is an admin of the newsroom.

create function public.list_members(newsroom_id uuid)
returns table (user_id uuid, display_name text, email text, role text, joined_at timestamptz)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if (select auth.uid()) is null or not private.has_newsroom_role(list_members.newsroom_id, 'admin') then
    raise exception 'only the newsroom''s admins list its members with their email addresses' using errcode = '42501';
  end if;
  return query
    select m.user_id, p.display_name, u.email::text, m.role, m.created_at
    from public.newsroom_members m
    join public.profiles p on p.id = m.user_id
    join auth.users u on u.id = m.user_id
    where m.newsroom_id = list_members.newsroom_id
    order by lower(p.display_name), m.user_id;
end;
$$;

comment on function public.list_members(uuid) is
  'A newsroom''s admins list its members: name, email, role and when they joined, by name.';

revoke execute on function public.list_members(uuid) from public, anon, service_role;
grant execute on function public.list_members(uuid) to authenticated;
