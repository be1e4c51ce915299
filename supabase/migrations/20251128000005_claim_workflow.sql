-- The review workflow: draft/changes_requested -> in_review -> approved | changes_requested,
-- approved -> published. These functions are the only way a claim's status changes (see
-- guard_claim_update). They are security definer so their updates pass that guard and
-- can write claim_events; each one therefore checks the caller itself.
-- Errors: PT409 (HTTP 409) for a stale expected_version, 42501 (HTTP 403) for a caller
-- who may not take the step, P0001 (HTTP 400) for a claim not in the right state or
-- missing pieces, PT404 (HTTP 404) for an unknown claim.

-- The first step of every workflow function: lock the claim so two decisions on it
-- queue up, and refuse when the caller decided on a version that is no longer current.
-- Not callable through the API; the workflow functions run it as their owner.
create function public.lock_claim_for_decision(claim_id uuid, expected_version integer)
returns public.claims
language plpgsql
set search_path = ''
as $$
declare
  target public.claims;
begin
  select * into target from public.claims c where c.id = lock_claim_for_decision.claim_id for update;
  if not found then
    raise exception 'claim % not found', lock_claim_for_decision.claim_id using errcode = 'PT404';
  end if;
  if expected_version is not null and expected_version <> target.version then
    raise exception 'claim changed since you read it: you sent version %, it is now at version %; reload it',
      expected_version, target.version
      using errcode = 'PT409';
  end if;
  return target;
end;
$$;

comment on function public.lock_claim_for_decision(uuid, integer) is
  'Locks a claim for a workflow step and checks the version the caller decided on (HTTP 409 when stale).';

revoke execute on function public.lock_claim_for_decision(uuid, integer) from public, anon, authenticated, service_role;

create function public.submit_claim(claim_id uuid, expected_version integer default null)
returns public.claims
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.claims;
  missing text[] := '{}';
  result public.claims;
begin
  target := public.lock_claim_for_decision(submit_claim.claim_id, submit_claim.expected_version);
  if caller is null or target.created_by is distinct from caller then
    raise exception 'only the claim''s author can submit it' using errcode = '42501';
  end if;
  if target.status not in ('draft', 'changes_requested') then
    raise exception 'cannot submit: the claim is %, and only a draft or a claim with changes requested can be submitted', target.status
      using errcode = 'P0001';
  end if;
  if target.verdict_id is null then
    missing := array_append(missing, 'a verdict');
  end if;
  if target.rationale is null or target.rationale !~ '\S' then
    missing := array_append(missing, 'a rationale');
  end if;
  if not exists (select 1 from public.sources s where s.claim_id = target.id) then
    missing := array_append(missing, 'at least one source');
  end if;
  if cardinality(missing) > 0 then
    raise exception 'cannot submit: add %',
      case cardinality(missing)
        when 1 then missing[1]
        else array_to_string(missing[1:cardinality(missing) - 1], ', ') || ' and ' || missing[cardinality(missing)]
      end
      using errcode = 'P0001';
  end if;

  update public.claims c
  set status = 'in_review', reviewed_by = null, reviewed_at = null
  where c.id = target.id
  returning * into result;

  insert into public.claim_events (claim_id, actor_id, action, from_status, to_status)
  values (target.id, caller, 'submitted', target.status, 'in_review');
  return result;
end;
$$;

comment on function public.submit_claim(uuid, integer) is
  'The author sends a draft (or a claim with changes requested) for review. Needs a verdict, a rationale and at least one source.';

create function public.review_claim(
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
  if caller is null or not public.has_role('editor') then
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

comment on function public.review_claim(uuid, text, text, integer) is
  'An editor or admin other than the author approves a claim in review or requests changes (with a note).';

create function public.publish_claim(claim_id uuid, expected_version integer default null)
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
  if caller is null or not public.has_role('editor') then
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

comment on function public.publish_claim(uuid, integer) is
  'An editor or admin publishes an approved claim, which makes it (and its sources and article) visible to everyone.';

revoke execute on function public.submit_claim(uuid, integer) from public, anon, service_role;
revoke execute on function public.review_claim(uuid, text, text, integer) from public, anon, service_role;
revoke execute on function public.publish_claim(uuid, integer) from public, anon, service_role;
grant execute on function public.submit_claim(uuid, integer) to authenticated;
grant execute on function public.review_claim(uuid, text, text, integer) to authenticated;
grant execute on function public.publish_claim(uuid, integer) to authenticated;
