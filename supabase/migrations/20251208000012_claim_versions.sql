-- Versions everywhere. Until now a PATCH of a claim that left out `version` passed (a row
-- trigger cannot tell an omitted column from one sent unchanged), so a client could
-- overwrite a colleague's change unseen, and one unfiltered PATCH changed every claim an
-- editor could edit. From here on:
-- - an update of a claim by a client must list `version` (the one it read): a trigger
--   declared "before update of version" fires only when the column is in the SET list, and
--   it is what moves the version on, so guard_claim_update can tell a listed version (one
--   up) from a missing one (unchanged) and refuses the latter with HTTP 428;
-- - a client's statement changes at most one claim (a statement trigger counts the rows);
-- - the workflow steps (submit_claim, review_claim, publish_claim) require expected_version;
-- - a published claim is not changed by any client, the service role included: corrections
--   will come through their own step, recorded as such;
-- - sources change only together with their claim, in the same transaction (save_claim
--   sends the claim's version with them), so a source cannot be slipped in or out of a
--   claim without its version moving on and its trail saying so;
-- - an article's text is written only by save_article_text (which from the article-text
--   migration on also requires the updated_at the editor read).
-- Errors: PT409 (HTTP 409) for a stale version, PT428 (HTTP 428) for a missing one, 22023
-- (HTTP 400) for a statement that would change several claims, 42501 (HTTP 403) otherwise.

create function private.advance_claim_version()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.version is distinct from old.version then
    raise exception 'claim changed since you read it: you sent version %, it is now at version %; reload it',
      coalesce(new.version::text, 'null'), old.version
      using errcode = 'PT409';
  end if;
  new.version := old.version + 1;
  return new;
end;
$$;

comment on function private.advance_claim_version() is
  'Trigger on public.claims, fired only by updates that list the version column: checks the version sent against the stored one and moves it on by one.';

revoke execute on function private.advance_claim_version() from public, anon, authenticated, service_role;

-- Named to fire before guard_claim_update (triggers of one kind fire in name order).
create trigger advance_claim_version
  before update of version on public.claims
  for each row execute function private.advance_claim_version();

create or replace function public.guard_claim_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  locked text[] := '{}';
begin
  if current_user in ('anon', 'authenticated', 'service_role') then
    -- advance_claim_version moved it on by one when the update listed version.
    if new.version is distinct from old.version + 1 then
      raise exception 'send the version of the claim you read with every update (the version column): an update without it could overwrite a colleague''s change'
        using errcode = 'PT428';
    end if;
    if old.status = 'published' then
      raise exception 'a published claim cannot be changed by an update: it is on the public record'
        using errcode = '42501';
    end if;
    if new.status is distinct from old.status then
      raise exception 'status cannot be set by an update (from % to %): use submit_claim, review_claim or publish_claim', old.status, new.status
        using errcode = '42501';
    end if;
    if new.created_by is distinct from old.created_by then locked := array_append(locked, 'created_by'); end if;
    if new.reviewed_by is distinct from old.reviewed_by then locked := array_append(locked, 'reviewed_by'); end if;
    if new.reviewed_at is distinct from old.reviewed_at then locked := array_append(locked, 'reviewed_at'); end if;
    if new.published_at is distinct from old.published_at then locked := array_append(locked, 'published_at'); end if;
    if new.article_id is distinct from old.article_id then locked := array_append(locked, 'article_id'); end if;
    if new.created_at is distinct from old.created_at then locked := array_append(locked, 'created_at'); end if;
    if cardinality(locked) > 0 then
      raise exception 'these fields cannot be changed by an update: %', array_to_string(locked, ', ')
        using errcode = '42501';
    end if;
    new.updated_at := now();
    return new;
  end if;
  -- The workflow functions (security definer, so running as the owner) never send a version.
  if new.version is distinct from old.version then
    raise exception 'claim changed since you read it: you sent version %, it is now at version %; reload it',
      coalesce(new.version::text, 'null'), old.version
      using errcode = 'PT409';
  end if;
  -- Re-anchoring (save_article_text) moves the offsets only, and leaves the version alone.
  if to_jsonb(new) - array['start_offset', 'end_offset'] = to_jsonb(old) - array['start_offset', 'end_offset'] then
    return new;
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end;
$$;

create function private.one_claim_per_statement()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  changed integer;
begin
  if current_user not in ('anon', 'authenticated', 'service_role') then
    return null;
  end if;
  select count(*) into changed from changed_claims;
  if changed > 1 then
    raise exception 'update one claim at a time: this update would change % claims; filter by the claim''s id and send its version', changed
      using errcode = '22023';
  end if;
  return null;
end;
$$;

comment on function private.one_claim_per_statement() is
  'Statement trigger on public.claims: a client''s update changes at most one claim.';

revoke execute on function private.one_claim_per_statement() from public, anon, authenticated, service_role;

create trigger one_claim_per_statement
  after update on public.claims
  referencing new table as changed_claims
  for each statement execute function private.one_claim_per_statement();

-- The workflow steps decide on the version the caller read; leaving it out is refused.
create or replace function public.lock_claim_for_decision(claim_id uuid, expected_version integer)
returns public.claims
language plpgsql
set search_path = ''
as $$
declare
  target public.claims;
begin
  if expected_version is null then
    raise exception 'send expected_version, the version of the claim you decided on' using errcode = 'PT428';
  end if;
  select * into target from public.claims c where c.id = lock_claim_for_decision.claim_id for update;
  if not found or not private.has_newsroom_role(private.article_newsroom(target.article_id), 'checker') then
    raise exception 'claim % not found', lock_claim_for_decision.claim_id using errcode = 'PT404';
  end if;
  if expected_version <> target.version then
    raise exception 'claim changed since you read it: you sent version %, it is now at version %; reload it',
      expected_version, target.version
      using errcode = 'PT409';
  end if;
  return target;
end;
$$;

comment on function public.lock_claim_for_decision(uuid, integer) is
  'Locks a claim for a workflow step, refuses callers outside its newsroom (HTTP 404), requires the version the caller decided on (HTTP 428 without it) and checks it (HTTP 409 when stale).';

-- A source is written only in the transaction that writes its claim (save_claim, with the
-- claim's version): the claim's updated_at is then this transaction's time.
create function private.guard_source_change()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  source public.sources := case when tg_op = 'DELETE' then old else new end;
begin
  if current_user not in ('anon', 'authenticated', 'service_role') then
    return source;
  end if;
  if tg_op = 'UPDATE' and new.claim_id is distinct from old.claim_id then
    raise exception 'a source cannot move to another claim' using errcode = '42501';
  end if;
  if not exists (select 1 from public.claims c where c.id = source.claim_id and c.updated_at = now()) then
    raise exception 'sources change only with their claim: send them to save_claim with the claim''s version'
      using errcode = '42501';
  end if;
  return source;
end;
$$;

comment on function private.guard_source_change() is
  'Trigger on public.sources: a client writes a source only in the transaction that writes its claim with the claim''s version (save_claim).';

revoke execute on function private.guard_source_change() from public, anon, authenticated, service_role;

create trigger guard_source_change
  before insert or update or delete on public.sources
  for each row execute function private.guard_source_change();

-- The article's text is evidence: only save_article_text writes it.
revoke update on public.articles from authenticated, anon;
grant update (title, url, publisher, published_at) on public.articles to authenticated;
