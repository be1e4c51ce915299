-- Live updates through Supabase Realtime, broadcast from the database as Supabase recommends
-- it (realtime.send from triggers, private channels authorised by RLS on realtime.messages),
-- so that colleagues see each other's work without reloading and people learn of decisions
-- and replies. realtime.messages, realtime.send() and realtime.topic() exist on every
-- Supabase project (locally, stack/sql/realtime.sql recreates them); this migration only
-- uses them. The topics are a contract the app and the tests rely on:
--
-- - article:<article id>, event 'change': every insert, update and delete of the article,
--   its claims, their sources, comments and history events. The payload names the table,
--   the operation, the row's id, article_id (and claim_id), and status and version where
--   the row has them: nothing a member could not read, only enough to refetch through
--   PostgREST (where RLS applies again). Presence too. Members of the article's newsroom
--   may join and send broadcasts and presence; nobody else.
-- - newsroom:<newsroom id>, event 'claim_status': a claim of the newsroom was created,
--   deleted or changed status (every decision is a status change: submitted, withdrawn,
--   approved, changes requested, published, corrected, retracted), for the queues, the
--   navigation counts, the dashboard and My work. Its members may join; nobody sends.
-- - user:<user id>, event 'notification': a new row of public.notifications for that user.
--   Only they may join; nobody sends.

-- Who may use which topic. Security definer so the policies on realtime.messages can read
-- memberships and articles whatever their own policies; the topic is only trusted after it
-- matches its pattern, so no cast can fail on a made-up name.
create function private.may_read_realtime_topic(topic text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select case
    when topic ~* '^article:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      then private.has_newsroom_role(private.article_newsroom(substr(topic, 9)::uuid), 'checker')
    when topic ~* '^newsroom:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      then private.has_newsroom_role(substr(topic, 10)::uuid, 'checker')
    when topic ~* '^user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      then coalesce(substr(topic, 6)::uuid = (select auth.uid()), false)
    else false
  end
$$;

comment on function private.may_read_realtime_topic(text) is
  'Whether the signed-in caller may receive the broadcasts and presence of a Realtime topic: article:<id> and newsroom:<id> for members of that newsroom, user:<id> for that user alone. For the policies on realtime.messages; not an RPC.';

create function private.may_write_realtime_topic(topic text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select topic ~* '^article:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    and private.has_newsroom_role(private.article_newsroom(substr(topic, 9)::uuid), 'checker')
$$;

comment on function private.may_write_realtime_topic(text) is
  'Whether the signed-in caller may send broadcasts and presence on a Realtime topic: only on article:<id>, as a member of its newsroom (newsroom and user topics are written by the database alone). For the policies on realtime.messages; not an RPC.';

revoke execute on function private.may_read_realtime_topic(text) from public, anon;
revoke execute on function private.may_write_realtime_topic(text) from public, anon;
grant execute on function private.may_read_realtime_topic(text) to authenticated, service_role;
grant execute on function private.may_write_realtime_topic(text) to authenticated, service_role;

create policy "members receive their article, newsroom and own user topics"
  on realtime.messages for select
  to authenticated
  using (
    extension in ('broadcast', 'presence')
    and (select private.may_read_realtime_topic((select realtime.topic())))
  );

create policy "members send broadcasts and presence on their newsroom's article topics"
  on realtime.messages for insert
  to authenticated
  with check (
    extension in ('broadcast', 'presence')
    and (select private.may_write_realtime_topic((select realtime.topic())))
  );

-- Notifications: stored, so they survive a reload and reach people who were offline.
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  recipient_id uuid not null references public.profiles (id) on delete cascade,
  kind text not null
    constraint notifications_kind_must_be_a_known_kind
      check (kind in ('approved', 'changes_requested', 'published', 'comment')),
  claim_id uuid not null references public.claims (id) on delete cascade,
  article_id uuid not null references public.articles (id) on delete cascade,
  actor_name text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz
);

comment on table public.notifications is
  'What one person is told: a decision on a claim they wrote (approved, changes requested, published) or a comment on a claim they wrote or reviewed, naming who did it. Written only by triggers; the recipient reads them and marks them read (read_at). Each is also broadcast on the Realtime topic user:<recipient id>.';

alter table public.notifications enable row level security;

create index notifications_recipient_id_idx on public.notifications (recipient_id, created_at desc);
create index notifications_claim_id_idx on public.notifications (claim_id);
create index notifications_article_id_idx on public.notifications (article_id);

revoke insert, update, delete, truncate on public.notifications from anon, authenticated, service_role;
grant update (read_at) on public.notifications to authenticated;

create policy "recipients read their notifications"
  on public.notifications for select
  to authenticated
  using (recipient_id = (select auth.uid()));

create policy "recipients mark their notifications read"
  on public.notifications for update
  to authenticated
  using (recipient_id = (select auth.uid()))
  with check (recipient_id = (select auth.uid()));

-- Broadcasts of changes. Security definer: realtime.send inserts into realtime.messages,
-- which callers may not write on newsroom topics, and on Supabase a refused send is only a
-- warning, so the message would be lost without a word.
create function private.broadcast_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changed jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
  article_id uuid;
  claim_id uuid;
  newsroom_id uuid;
  from_status text;
begin
  if tg_table_name = 'articles' then
    article_id := (changed ->> 'id')::uuid;
  elsif tg_table_name = 'claims' then
    claim_id := (changed ->> 'id')::uuid;
    article_id := (changed ->> 'article_id')::uuid;
  else
    claim_id := (changed ->> 'claim_id')::uuid;
    -- gone when the claim's own deletion took this row with it; the claim's message says so
    select c.article_id into article_id from public.claims c where c.id = claim_id;
  end if;
  if article_id is null then
    return null;
  end if;
  perform realtime.send(
    jsonb_strip_nulls(jsonb_build_object(
      'table', tg_table_name, 'operation', tg_op, 'id', changed -> 'id', 'article_id', article_id,
      'claim_id', claim_id, 'status', changed -> 'status', 'version', changed -> 'version'
    )),
    'change', 'article:' || article_id, true
  );
  if tg_table_name <> 'claims' then
    return null;
  end if;
  if tg_op = 'UPDATE' then
    from_status := to_jsonb(old) ->> 'status';
  end if;
  newsroom_id := private.article_newsroom(article_id);
  if newsroom_id is not null and (tg_op <> 'UPDATE' or from_status is distinct from changed ->> 'status') then
    perform realtime.send(
      jsonb_strip_nulls(jsonb_build_object(
        'table', 'claims', 'operation', tg_op, 'id', claim_id, 'article_id', article_id,
        'status', changed -> 'status', 'from_status', from_status, 'version', changed -> 'version'
      )),
      'claim_status', 'newsroom:' || newsroom_id, true
    );
  end if;
  return null;
end;
$$;

comment on function private.broadcast_change() is
  'Trigger: broadcasts a change of an article, claim, source, comment or claim event on article:<id> (and a claim''s status change on newsroom:<id>) with ids, status and version only. Not an RPC.';

revoke execute on function private.broadcast_change() from public, anon, authenticated, service_role;

create trigger broadcast_change after insert or update or delete on public.articles
  for each row execute function private.broadcast_change();
create trigger broadcast_change after insert or update or delete on public.claims
  for each row execute function private.broadcast_change();
create trigger broadcast_change after insert or update or delete on public.sources
  for each row execute function private.broadcast_change();
create trigger broadcast_change after insert or update or delete on public.claim_comments
  for each row execute function private.broadcast_change();
create trigger broadcast_change after insert on public.claim_events
  for each row execute function private.broadcast_change();

-- A notification for each recipient still in the claim's newsroom (nobody is told about
-- work they can no longer read), never for what they did themselves.
create function private.notify(recipients uuid[], kind text, claim_id uuid, actor_id uuid, actor_name text)
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  insert into public.notifications (recipient_id, kind, claim_id, article_id, actor_name)
  select distinct r.id, notify.kind, c.id, c.article_id, notify.actor_name
  from unnest(notify.recipients) as r (id)
  join public.claims c on c.id = notify.claim_id
  join public.articles a on a.id = c.article_id
  join public.newsroom_members m on m.newsroom_id = a.newsroom_id and m.user_id = r.id
  where r.id is distinct from notify.actor_id
$$;

comment on function private.notify(uuid[], text, uuid, uuid, text) is
  'Stores a notification of one kind about a claim for each recipient who is a member of its newsroom, the actor excepted. For the notification triggers; not an RPC.';

revoke execute on function private.notify(uuid[], text, uuid, uuid, text) from public, anon, authenticated, service_role;

create function private.notify_on_decision()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.action in ('approved', 'changes_requested', 'published') then
    perform private.notify(
      array(select c.created_by from public.claims c where c.id = new.claim_id), new.action, new.claim_id, new.actor_id, new.actor_name
    );
  end if;
  return null;
end;
$$;

comment on function private.notify_on_decision() is
  'Trigger: tells a claim''s author that it was approved, sent back or published. Not an RPC.';

revoke execute on function private.notify_on_decision() from public, anon, authenticated, service_role;

create trigger notify_on_decision after insert on public.claim_events
  for each row execute function private.notify_on_decision();

create function private.notify_on_comment()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.notify(
    array(
      select c.created_by from public.claims c where c.id = new.claim_id
      union select c.reviewed_by from public.claims c where c.id = new.claim_id
      union select e.actor_id from public.claim_events e
        where e.claim_id = new.claim_id and e.action in ('approved', 'changes_requested')
    ),
    'comment', new.claim_id, new.author_id,
    coalesce((select p.display_name from public.profiles p where p.id = new.author_id), 'someone')
  );
  return null;
end;
$$;

comment on function private.notify_on_comment() is
  'Trigger: tells those who wrote or reviewed a claim of a new comment on it (not its own author). Not an RPC.';

revoke execute on function private.notify_on_comment() from public, anon, authenticated, service_role;

create trigger notify_on_comment after insert on public.claim_comments
  for each row execute function private.notify_on_comment();

create function private.broadcast_notification()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform realtime.send(
    jsonb_build_object(
      'table', 'notifications', 'operation', 'INSERT', 'id', new.id, 'kind', new.kind,
      'claim_id', new.claim_id, 'article_id', new.article_id
    ),
    'notification', 'user:' || new.recipient_id, true
  );
  return null;
end;
$$;

comment on function private.broadcast_notification() is
  'Trigger: broadcasts a new notification on user:<recipient id>. Not an RPC.';

revoke execute on function private.broadcast_notification() from public, anon, authenticated, service_role;

create trigger broadcast_notification after insert on public.notifications
  for each row execute function private.broadcast_notification();
