-- Four eyes on the final words. An editor could change a claim in review (its verdict, say)
-- and then approve it: nobody else ever saw what went out. From here on a claim is approved
-- only by someone who neither wrote it nor changed its claim text, claimant, verdict,
-- rationale or sources since it was last submitted; the trail now records source changes
-- (sources_changed) so that the rule can see them. approval_blocker(claim_id) tells the
-- review page, in the same words, why the caller may not approve (null when they may).

alter table public.claim_events drop constraint claim_events_action_must_be_a_known_action;
alter table public.claim_events
  add constraint claim_events_action_must_be_a_known_action
    check (action in (
      'created', 'edited', 'verdict_changed', 'sources_changed', 'submitted', 'approved',
      'changes_requested', 'published', 'deleted'
    ));

-- One sources_changed event per claim and transaction (save_claim may add, change and
-- remove several sources at once). Security definer: API roles do not write the trail.
create function private.record_source_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  source public.sources := case when tg_op = 'DELETE' then old else new end;
begin
  -- A claim being deleted takes its sources along (recorded as the claim's deletion), and
  -- the sources a claim is created with are part of its creation.
  if not exists (select 1 from public.claims c where c.id = source.claim_id and c.created_at <> now()) then
    return null;
  end if;
  if not exists (
    select 1 from public.claim_events e
    where e.claim_id = source.claim_id and e.action = 'sources_changed' and e.created_at = now()
      and e.actor_id is not distinct from (select auth.uid())
  ) then
    insert into public.claim_events (claim_id, actor_id, action)
    values (source.claim_id, (select auth.uid()), 'sources_changed');
  end if;
  return null;
end;
$$;

comment on function private.record_source_change() is
  'Trigger on public.sources: records one sources_changed event per claim and transaction in the claim''s trail.';

revoke execute on function private.record_source_change() from public, anon, authenticated, service_role;

create trigger record_source_change
  after insert or update or delete on public.sources
  for each row execute function private.record_source_change();

-- Whether the user changed the claim's words, verdict or sources since it was last submitted.
create function private.changed_since_submission(claim_id uuid, user_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.claim_events e
    where e.claim_id = changed_since_submission.claim_id
      and e.actor_id = changed_since_submission.user_id
      and e.action in ('edited', 'verdict_changed', 'sources_changed')
      and e.id > coalesce((
        select max(s.id) from public.claim_events s
        where s.claim_id = changed_since_submission.claim_id and s.action = 'submitted'
      ), 0)
  )
$$;

comment on function private.changed_since_submission(uuid, uuid) is
  'True when the user changed the claim''s text, claimant, verdict, rationale or sources since it was last submitted (from its trail).';

revoke execute on function private.changed_since_submission(uuid, uuid) from public, anon, service_role;
grant execute on function private.changed_since_submission(uuid, uuid) to authenticated;

create function public.approval_blocker(claim_id uuid)
returns text
language plpgsql
stable
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.claims;
begin
  select * into target from public.claims c where c.id = approval_blocker.claim_id;
  if not found or caller is null or not private.has_newsroom_role(private.article_newsroom(target.article_id), 'checker') then
    return 'the claim was not found';
  end if;
  if not private.has_newsroom_role(private.article_newsroom(target.article_id), 'editor') then
    return 'only editors and admins review claims';
  end if;
  if target.status <> 'in_review' then
    return format('the claim is %s, and only claims in review can be approved', replace(target.status, '_', ' '));
  end if;
  if target.created_by = caller then
    return 'nobody reviews their own claim: another editor must review it';
  end if;
  if private.changed_since_submission(target.id, caller) then
    return 'you changed this claim while it was in review: another editor must approve it, so that a second person sees its final words';
  end if;
  return null;
end;
$$;

comment on function public.approval_blocker(uuid) is
  'Why the caller may not approve the claim now (the same rule review_claim applies), or null when they may.';

revoke execute on function public.approval_blocker(uuid) from public, anon, service_role;
grant execute on function public.approval_blocker(uuid) to authenticated;

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
  if caller is null or not private.has_newsroom_role(private.article_newsroom(target.article_id), 'editor') then
    raise exception 'only editors and admins review claims' using errcode = '42501';
  end if;
  if target.status <> 'in_review' then
    raise exception 'cannot review: the claim is %, and only claims in review can be reviewed', target.status
      using errcode = 'P0001';
  end if;
  if target.created_by = caller then
    raise exception 'nobody reviews their own claim: another editor must review it' using errcode = '42501';
  end if;
  if decision = 'approve' and private.changed_since_submission(target.id, caller) then
    raise exception 'you changed this claim while it was in review: another editor must approve it, so that a second person sees its final words'
      using errcode = '42501';
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

comment on function public.review_claim(uuid, text, text, integer) is
  'An editor or admin of the claim''s newsroom approves a claim in review or requests changes (with a note). Nobody approves a claim they wrote, or one whose words, verdict or sources they changed since it was submitted. expected_version is required.';
