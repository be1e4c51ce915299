-- Discussion on a claim (comments) and its audit trail (events). Events are written only
-- by triggers and the workflow functions; through the API they can only be read.

create table public.claim_comments (
  id uuid primary key default gen_random_uuid(),
  claim_id uuid not null references public.claims (id) on delete cascade,
  author_id uuid default auth.uid() references public.profiles (id) on delete set null,
  body text not null
    constraint claim_comments_body_must_be_1_to_5000_characters
      check (char_length(body) between 1 and 5000)
    constraint claim_comments_body_must_not_be_blank check (body ~ '\S'),
  created_at timestamptz not null default now()
);

comment on table public.claim_comments is
  'Discussion between checkers and editors about a claim. Comments are not edited; their author or an admin removes them.';

alter table public.claim_comments enable row level security;

create index claim_comments_claim_id_idx on public.claim_comments (claim_id);
create index claim_comments_author_id_idx on public.claim_comments (author_id);

create policy "signed-in users read all comments"
  on public.claim_comments for select
  to authenticated
  using (true);

create policy "signed-in users comment as themselves"
  on public.claim_comments for insert
  to authenticated
  with check (author_id = (select auth.uid()));

create policy "authors and admins remove comments"
  on public.claim_comments for delete
  to authenticated
  using (author_id = (select auth.uid()) or (select public.has_role('admin')));

-- Deleting a claim (a draft by its author, or anything by an admin) takes its trail with
-- it; short of that, the trail cannot be changed through the API.
create table public.claim_events (
  id bigint primary key generated always as identity,
  claim_id uuid not null references public.claims (id) on delete cascade,
  actor_id uuid references public.profiles (id) on delete set null,
  action text not null
    constraint claim_events_action_must_be_a_known_action
      check (action in (
        'created', 'edited', 'verdict_changed', 'submitted', 'approved', 'changes_requested', 'published'
      )),
  from_status text,
  to_status text,
  from_verdict text,
  to_verdict text,
  note text,
  created_at timestamptz not null default now()
);

comment on table public.claim_events is
  'Audit trail of each claim: creation, edits, verdict changes and every workflow step, with the acting user. Written only by triggers and the workflow functions.';

alter table public.claim_events enable row level security;

create index claim_events_claim_id_idx on public.claim_events (claim_id, id);
create index claim_events_actor_id_idx on public.claim_events (actor_id);

revoke insert, update, delete, truncate on public.claim_events from anon, authenticated, service_role;

create policy "signed-in users read all events"
  on public.claim_events for select
  to authenticated
  using (true);

-- Security definer: API roles may not write claim_events themselves.
create function public.record_claim_change()
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

revoke execute on function public.record_claim_change() from public, anon, authenticated;

create trigger record_claim_change
  after insert or update on public.claims
  for each row execute function public.record_claim_change();
