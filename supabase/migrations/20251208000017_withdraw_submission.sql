-- A checker takes their own submission back. Until now a claim sent for review stayed there
-- until an editor decided, even when its author found a mistake a minute later. From here on
-- withdraw_claim(claim_id, expected_version) moves the author's claim from in review back to
-- draft, recorded in its trail as withdrawn, as long as nobody has decided on it.

alter table public.claim_events drop constraint claim_events_action_must_be_a_known_action;
alter table public.claim_events
  add constraint claim_events_action_must_be_a_known_action
    check (action in (
      'created', 'edited', 'verdict_changed', 'sources_changed', 'quote_changed', 'quote_confirmed',
      'submitted', 'withdrawn', 'approved', 'changes_requested', 'published', 'deleted'
    ));

create function public.withdraw_claim(claim_id uuid, expected_version integer)
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
  target := public.lock_claim_for_decision(withdraw_claim.claim_id, withdraw_claim.expected_version);
  if caller is null or target.created_by is distinct from caller then
    raise exception 'only the claim''s author withdraws it from review' using errcode = '42501';
  end if;
  if target.status <> 'in_review' then
    raise exception 'cannot withdraw: the claim is %, and only a claim waiting for review can be withdrawn', replace(target.status, '_', ' ')
      using errcode = 'P0001';
  end if;

  update public.claims c
  set status = 'draft'
  where c.id = target.id
  returning * into result;

  insert into public.claim_events (claim_id, actor_id, action, from_status, to_status)
  values (target.id, caller, 'withdrawn', 'in_review', 'draft');
  return result;
end;
$$;

comment on function public.withdraw_claim(uuid, integer) is
  'The author takes their claim back from review to draft while nobody has decided on it (in review). expected_version is required.';

revoke execute on function public.withdraw_claim(uuid, integer) from public, anon, service_role;
grant execute on function public.withdraw_claim(uuid, integer) to authenticated;
