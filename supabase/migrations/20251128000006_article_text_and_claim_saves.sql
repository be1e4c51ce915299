-- Two RPCs for the annotation workspace. save_article_text stores a corrected article text
-- together with every claim's re-anchored offsets in one transaction; re-anchoring is not an
-- edit of a claim, so it neither bumps a claim's version nor records an 'edited' event (see
-- guard_claim_update and record_claim_change), and it works whatever the claim's status.
-- save_claim creates or updates a claim and replaces its sources in one transaction, as the
-- caller (RLS and the claim triggers do the judging).
-- Errors: PT409 (HTTP 409) for a stale version or updated_at, 42501 (HTTP 403) for a caller
-- who may not make the change, 22023 (HTTP 400) for a malformed request, PT404 (HTTP 404)
-- for an unknown article or claim.

-- Security definer because re-anchoring must move the offsets of claims the caller may not
-- edit (someone else's draft, a published claim); it therefore checks the caller itself,
-- with the same rule as the article update policy.
create function public.save_article_text(
  article_id uuid,
  body jsonb,
  body_text text,
  anchors jsonb,
  expected_updated_at timestamptz default null
)
returns public.articles
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.articles;
  result public.articles;
  foreign_claims text;
begin
  if caller is null then
    raise exception 'sign in to change an article''s text' using errcode = '42501';
  end if;
  select * into target from public.articles a where a.id = save_article_text.article_id for update;
  if not found then
    raise exception 'article % not found', save_article_text.article_id using errcode = 'PT404';
  end if;
  if target.created_by is distinct from caller and not public.has_role('editor') then
    raise exception 'only the article''s creator or an editor can change its text' using errcode = '42501';
  end if;
  if expected_updated_at is not null and expected_updated_at <> target.updated_at then
    raise exception 'the article changed since you opened it (you read the version of %, it was saved again at %); reload it',
      expected_updated_at, target.updated_at
      using errcode = 'PT409';
  end if;
  if anchors is null or jsonb_typeof(anchors) <> 'array'
    or exists (
      select 1 from jsonb_array_elements(anchors) e
      where jsonb_typeof(e) <> 'object' or jsonb_typeof(e -> 'claim_id') is distinct from 'string'
    ) then
    raise exception 'anchors must be a JSON array of {"claim_id": uuid, "start_offset": integer or null, "end_offset": integer or null}'
      using errcode = '22023';
  end if;
  if exists (
    select 1 from jsonb_array_elements(anchors) e
    group by e ->> 'claim_id' having count(*) > 1
  ) then
    raise exception 'anchors lists a claim more than once' using errcode = '22023';
  end if;
  select string_agg(x.claim_id::text, ', ') into foreign_claims
  from jsonb_to_recordset(anchors) as x (claim_id uuid)
  where not exists (
    select 1 from public.claims c where c.id = x.claim_id and c.article_id = target.id
  );
  if foreign_claims is not null then
    raise exception 'anchors names claims that are not claims of this article: %', foreign_claims
      using errcode = '22023';
  end if;

  -- The article first: validate_claim checks the new offsets against the new body_text.
  update public.articles a
  set body = save_article_text.body, body_text = save_article_text.body_text
  where a.id = target.id
  returning * into result;

  update public.claims c
  set start_offset = x.start_offset, end_offset = x.end_offset
  from jsonb_to_recordset(anchors) as x (claim_id uuid, start_offset integer, end_offset integer)
  where c.id = x.claim_id
    and (c.start_offset, c.end_offset) is distinct from (x.start_offset, x.end_offset);

  -- A claim the caller did not re-anchor (added meanwhile) must not point past the new text;
  -- it becomes unanchored and the workspace anchors it again by its quote.
  update public.claims c
  set start_offset = null, end_offset = null
  where c.article_id = target.id
    and c.end_offset > char_length(result.body_text)
    and not exists (
      select 1 from jsonb_array_elements(anchors) e where (e ->> 'claim_id')::uuid = c.id
    );

  return result;
end;
$$;

comment on function public.save_article_text(uuid, jsonb, text, jsonb, timestamptz) is
  'The article''s creator or an editor saves a corrected text (body and body_text) and the re-anchored offsets of its claims in one transaction. Send updated_at as read in expected_updated_at: a stale one is HTTP 409. Re-anchoring does not change a claim''s version.';

-- Security invoker: RLS decides who may create or change the claim and its sources, and the
-- claim triggers check the version, the workflow fields and the offsets, as for a PATCH.
create function public.save_claim(claim jsonb, sources jsonb)
returns public.claims
language plpgsql
security invoker
set search_path = ''
as $$
declare
  claim_fields constant text[] := array[
    'id', 'article_id', 'quote_exact', 'quote_prefix', 'quote_suffix', 'start_offset', 'end_offset',
    'claim_text', 'claimant', 'verdict_id', 'rationale', 'version'
  ];
  source_fields constant text[] := array['id', 'url', 'title', 'publisher', 'quote', 'stance', 'accessed_on'];
  wanted public.claims;
  current_claim public.claims;
  result public.claims;
  unknown_fields text;
  foreign_sources text;
begin
  if claim is null or jsonb_typeof(claim) <> 'object' then
    raise exception 'claim must be a JSON object' using errcode = '22023';
  end if;
  select string_agg(k, ', ' order by k) into unknown_fields
  from jsonb_object_keys(claim) k
  where k <> all (claim_fields);
  if unknown_fields is not null then
    raise exception 'claim has fields save_claim does not set: % (status changes only through submit_claim, review_claim and publish_claim)', unknown_fields
      using errcode = '22023';
  end if;
  if sources is null or jsonb_typeof(sources) <> 'array'
    or exists (select 1 from jsonb_array_elements(sources) s where jsonb_typeof(s) <> 'object') then
    raise exception 'sources must be a JSON array of objects (send [] for none)' using errcode = '22023';
  end if;
  select string_agg(distinct k, ', ' order by k) into unknown_fields
  from jsonb_array_elements(sources) s, jsonb_object_keys(s) k
  where k <> all (source_fields);
  if unknown_fields is not null then
    raise exception 'sources have fields save_claim does not set: %', unknown_fields using errcode = '22023';
  end if;
  if exists (
    select 1 from jsonb_array_elements(sources) s
    where s ? 'id' and jsonb_typeof(s -> 'id') <> 'null'
    group by s ->> 'id' having count(*) > 1
  ) then
    raise exception 'sources lists a source more than once' using errcode = '22023';
  end if;

  wanted := jsonb_populate_record(null::public.claims, claim);
  if wanted.id is null then
    raise exception 'claim.id is required: generate a uuid for a new claim' using errcode = '22023';
  end if;

  select * into current_claim from public.claims c where c.id = wanted.id;
  if not found then
    if wanted.version is not null then
      raise exception 'claim % no longer exists (you sent version %): it was deleted', wanted.id, wanted.version
        using errcode = 'PT404';
    end if;
    if wanted.article_id is null
      or not exists (select 1 from public.articles a where a.id = wanted.article_id) then
      raise exception 'article % not found', coalesce(wanted.article_id::text, 'null') using errcode = 'PT404';
    end if;
    insert into public.claims (
      id, article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset,
      claim_text, claimant, verdict_id, rationale
    )
    values (
      wanted.id, wanted.article_id, wanted.quote_exact, coalesce(wanted.quote_prefix, ''),
      coalesce(wanted.quote_suffix, ''), wanted.start_offset, wanted.end_offset,
      wanted.claim_text, wanted.claimant, wanted.verdict_id, wanted.rationale
    )
    returning * into result;
  else
    if wanted.version is null then
      raise exception 'claim % already exists: send the version you read to update it', wanted.id
        using errcode = '22023';
    end if;
    -- The quote and its offsets are left as stored: they were fixed when the claim was
    -- made and only re-anchoring (save_article_text, which does not bump the version)
    -- moves them, so a form opened before the article's text was corrected cannot put
    -- back the old offsets.
    update public.claims c
    set article_id = coalesce(wanted.article_id, c.article_id),
      claim_text = wanted.claim_text,
      claimant = wanted.claimant,
      verdict_id = wanted.verdict_id,
      rationale = wanted.rationale,
      version = wanted.version
    where c.id = wanted.id
    returning * into result;
    if not found then
      raise exception 'you may not edit this claim: it is % (authors edit their drafts and claims sent back; editors edit claims in review)',
        replace(current_claim.status, '_', ' ')
        using errcode = '42501';
    end if;
  end if;

  select string_agg(s.id::text, ', ') into foreign_sources
  from jsonb_to_recordset(sources) as x (id uuid)
  join public.sources s on s.id = x.id
  where s.claim_id <> result.id;
  if foreign_sources is not null then
    raise exception 'sources % belong to another claim', foreign_sources using errcode = '22023';
  end if;

  delete from public.sources s
  where s.claim_id = result.id
    and not exists (
      select 1 from jsonb_to_recordset(sources) as x (id uuid) where x.id = s.id
    );

  update public.sources s
  set url = x.url, title = x.title, publisher = x.publisher, quote = x.quote,
    stance = x.stance, accessed_on = x.accessed_on
  from jsonb_to_recordset(sources) as x (
    id uuid, url text, title text, publisher text, quote text, stance text, accessed_on date
  )
  where s.id = x.id and s.claim_id = result.id;

  insert into public.sources (id, claim_id, url, title, publisher, quote, stance, accessed_on)
  select coalesce(x.id, gen_random_uuid()), result.id, x.url, x.title, x.publisher, x.quote, x.stance, x.accessed_on
  from jsonb_to_recordset(sources) as x (
    id uuid, url text, title text, publisher text, quote text, stance text, accessed_on date
  )
  where x.id is null or not exists (select 1 from public.sources s where s.id = x.id);

  return result;
end;
$$;

comment on function public.save_claim(jsonb, jsonb) is
  'Creates a claim (no claim has claim.id yet) or updates it (claim.version is the version you read; a stale one is HTTP 409), then makes sources the claim''s complete list of sources: listed ids are updated, new ones inserted, missing ones deleted. All in one transaction, as the caller: RLS decides.';

revoke execute on function public.save_article_text(uuid, jsonb, text, jsonb, timestamptz) from public, anon, service_role;
revoke execute on function public.save_claim(jsonb, jsonb) from public, anon, service_role;
grant execute on function public.save_article_text(uuid, jsonb, text, jsonb, timestamptz) to authenticated;
grant execute on function public.save_claim(jsonb, jsonb) to authenticated;
