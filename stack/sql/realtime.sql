-- Supabase Realtime's schema, as its own migrations leave it on a project's database
-- (github.com/supabase/realtime, lib/realtime/tenants/repo/migrations), with its role. The
-- local stack applies it to a database that has no realtime schema yet: a fresh one, after
-- bootstrap.sql, or one created before the stack had Realtime (as Supabase's Realtime
-- migrates a project's database it first connects to), before supabase/migrations, which
-- use it. It never goes to a hosted project, which has all of it.
--
-- Realtime's own role, as on Supabase: owns realtime.messages and acts as the API roles to
-- check a joining user's policies (stack/realtime/authorization.ts). Roles belong to the
-- cluster, so it may be there already.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'supabase_realtime_admin') then
    create role supabase_realtime_admin login noinherit password 'postgres';
  end if;
end
$$;
grant anon, authenticated, service_role to supabase_realtime_admin;

-- realtime.messages, whose RLS policies (written in supabase/migrations) authorise private
-- channels, realtime.topic() for those policies, and realtime.send() and
-- realtime.broadcast_changes() to broadcast from the database. Two differences: the table is
-- not partitioned by day (Supabase drops old partitions; here messages stay until the
-- database is reset), and instead of logical replication an insert trigger notifies the
-- Realtime service, which reads the row and delivers it.
create schema realtime authorization supabase_realtime_admin;
grant usage on schema realtime to postgres, anon, authenticated, service_role;

create table realtime.messages (
  topic text not null,
  extension text not null,
  payload jsonb,
  event text,
  private boolean default false,
  updated_at timestamp without time zone not null default now(),
  inserted_at timestamp without time zone not null default now(),
  id uuid not null default gen_random_uuid(),
  primary key (id, inserted_at)
);
create index messages_inserted_at_topic_index on realtime.messages (inserted_at desc, topic)
  where extension = 'broadcast' and private is true;
alter table realtime.messages enable row level security;
alter table realtime.messages owner to supabase_realtime_admin;
grant select, insert, update on realtime.messages to postgres, anon, authenticated, service_role;

create function realtime.topic() returns text
language sql stable
as $$
  select nullif(current_setting('realtime.topic', true), '')::text;
$$;
alter function realtime.topic() owner to supabase_realtime_admin;

create function realtime.send(payload jsonb, event text, topic text, private boolean default true) returns void
language plpgsql
as $$
declare
  generated_id uuid;
  final_payload jsonb;
begin
  begin
    generated_id := gen_random_uuid();
    if payload ? 'id' then
      final_payload := payload;
    else
      final_payload := jsonb_set(payload, '{id}', to_jsonb(generated_id));
    end if;
    execute format('set local realtime.topic to %L', topic);
    insert into realtime.messages (id, payload, event, topic, private, extension)
    values (generated_id, final_payload, event, topic, private, 'broadcast');
  exception
    when others then
      raise warning 'WarnSendingBroadcastMessage: %', sqlerrm;
  end;
end;
$$;
alter function realtime.send(jsonb, text, text, boolean) owner to supabase_realtime_admin;

create function realtime.broadcast_changes(
  topic_name text, event_name text, operation text, table_name text, table_schema text,
  new record, old record, level text default 'ROW'
) returns void
language plpgsql
as $$
declare
  row_data jsonb := '{}'::jsonb;
begin
  if level = 'STATEMENT' then
    raise exception 'function can only be triggered for each row, not for each statement';
  end if;
  if operation = 'INSERT' or operation = 'UPDATE' or operation = 'DELETE' then
    row_data := jsonb_build_object('old_record', old, 'record', new, 'operation', operation, 'table', table_name, 'schema', table_schema);
    perform realtime.send(row_data, event_name, topic_name);
  else
    raise exception 'Unexpected operation type: %', operation;
  end if;
exception
  when others then
    raise exception 'Failed to process the row: %', sqlerrm;
end;
$$;
alter function realtime.broadcast_changes(text, text, text, text, text, record, record, text) owner to supabase_realtime_admin;

-- Local only (Supabase reads the table through logical replication): the id of every new
-- message, delivered when its transaction commits, so rolled-back ones (such as the probes
-- of the authorisation check) never go out.
create function realtime.notify_new_message() returns trigger
language plpgsql
as $$
begin
  perform pg_notify('realtime_messages', new.id::text);
  return null;
end;
$$;
alter function realtime.notify_new_message() owner to supabase_realtime_admin;
create trigger notify_new_message after insert on realtime.messages
  for each row execute function realtime.notify_new_message();
