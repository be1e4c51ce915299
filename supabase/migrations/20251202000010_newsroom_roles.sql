-- Roles per newsroom. Every policy and workflow function that asked private.has_role()
-- (the caller's global role in profiles.role) now asks for the caller's role in the row's
-- newsroom: private.has_newsroom_role(newsroom, role), the newsroom being the article's
-- (private.article_newsroom, for claims) or the claim's (private.claim_newsroom, for
-- sources, comments and events). Today's rules stay as they were, per newsroom: checkers
-- add articles and claims, authors edit their drafts and claims sent back, editors edit
-- claims in review, review (never their own) and publish, the article's creator or an
-- editor corrects its text, admins delete and write the verdict scale. A signed-in user
-- who belongs to no newsroom reads what anonymous readers read (published claims, their
-- sources, articles and verdicts), their own profile and the invitations addressed to
-- them, and nothing else. Then private.has_role and profiles.role go.

-- Profiles: your own, and the people you share a newsroom with; nobody edits another's.
create or replace function public.guard_profile_update()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.id is distinct from old.id or new.created_at is distinct from old.created_at then
    raise exception 'a profile''s id and created_at cannot be changed'
      using errcode = '42501';
  end if;
  return new;
end;
$$;

drop policy "signed-in users read all profiles" on public.profiles;
create policy "users read their own profile and those of their newsrooms' members"
  on public.profiles for select
  to authenticated
  using (id = (select auth.uid()) or (select private.shares_newsroom_with(id)));

drop policy "users update their own profile, admins any" on public.profiles;
create policy "users update their own profile"
  on public.profiles for update
  to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- Who may change a claim (and so its sources): its author, while a member of the claim's
-- newsroom, while it is a draft or sent back; the newsroom's editors while it is in review.
-- The app asks it too (rpc/may_edit_claim), to offer the form only where it will work.
create function public.may_edit_claim(article_id uuid, author uuid, status text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select (author = (select auth.uid()) and status in ('draft', 'changes_requested')
      and private.has_newsroom_role(private.article_newsroom(article_id), 'checker'))
    or (status = 'in_review' and private.has_newsroom_role(private.article_newsroom(article_id), 'editor'))
$$;

comment on function public.may_edit_claim(uuid, uuid, text) is
  'True when the caller may edit a claim of this article by this author in this status (and its sources): the author, a member of the article''s newsroom, while a draft or sent back; the newsroom''s editors while in review.';

revoke execute on function public.may_edit_claim(uuid, uuid, text) from public, anon;
grant execute on function public.may_edit_claim(uuid, uuid, text) to authenticated, service_role;

-- Articles.
drop policy "signed-in users read all articles" on public.articles;
create policy "members read their newsroom's articles, everyone those with a published claim"
  on public.articles for select
  to authenticated
  using (
    (select private.has_newsroom_role(newsroom_id, 'checker'))
    or exists (select 1 from public.claims c where c.article_id = articles.id and c.status = 'published')
  );

drop policy "signed-in users add articles as themselves" on public.articles;
create policy "members add articles to their newsroom as themselves"
  on public.articles for insert
  to authenticated
  with check (created_by = (select auth.uid()) and (select private.has_newsroom_role(newsroom_id, 'checker')));

drop policy "creators and editors edit articles" on public.articles;
create policy "creators and the newsroom's editors edit articles"
  on public.articles for update
  to authenticated
  using (
    (select private.has_newsroom_role(newsroom_id, 'editor'))
    or (created_by = (select auth.uid()) and (select private.has_newsroom_role(newsroom_id, 'checker')))
  )
  with check (
    (select private.has_newsroom_role(newsroom_id, 'editor'))
    or (created_by = (select auth.uid()) and (select private.has_newsroom_role(newsroom_id, 'checker')))
  );

drop policy "admins delete articles, creators while no claim refers to them" on public.articles;
create policy "the newsroom's admins delete articles, creators while no claim refers to them"
  on public.articles for delete
  to authenticated
  using (
    (select private.has_newsroom_role(newsroom_id, 'admin'))
    or (created_by = (select auth.uid())
      and (select private.has_newsroom_role(newsroom_id, 'checker'))
      and not exists (select 1 from public.claims c where c.article_id = articles.id))
  );

-- Claims.
drop policy "signed-in users read all claims" on public.claims;
create policy "members read their newsroom's claims, everyone published ones"
  on public.claims for select
  to authenticated
  using (
    status = 'published'
    or (select private.has_newsroom_role(private.article_newsroom(article_id), 'checker'))
  );

drop policy "signed-in users create their own drafts" on public.claims;
create policy "members create their own drafts in their newsroom"
  on public.claims for insert
  to authenticated
  with check (
    created_by = (select auth.uid())
    and status = 'draft'
    and (select private.has_newsroom_role(private.article_newsroom(article_id), 'checker'))
  );

drop policy "authors edit drafts, editors edit claims in review" on public.claims;
create policy "authors edit drafts, the newsroom's editors edit claims in review"
  on public.claims for update
  to authenticated
  using (public.may_edit_claim(article_id, created_by, status))
  with check (public.may_edit_claim(article_id, created_by, status));

drop policy "authors delete their drafts, admins any claim" on public.claims;
create policy "authors delete their drafts, the newsroom's admins any claim"
  on public.claims for delete
  to authenticated
  using (
    (created_by = (select auth.uid())
      and status = 'draft'
      and (select private.has_newsroom_role(private.article_newsroom(article_id), 'checker')))
    or (select private.has_newsroom_role(private.article_newsroom(article_id), 'admin'))
  );

-- Sources follow their claim.
drop policy "signed-in users read all sources" on public.sources;
create policy "members read their newsroom's sources, everyone those of published claims"
  on public.sources for select
  to authenticated
  using (
    exists (select 1 from public.claims c where c.id = sources.claim_id and c.status = 'published')
    or (select private.has_newsroom_role(private.claim_newsroom(claim_id), 'checker'))
  );

alter policy "whoever may edit the claim adds sources"
  on public.sources
  with check (
    created_by = (select auth.uid())
    and exists (
      select 1 from public.claims c
      where c.id = sources.claim_id
        and public.may_edit_claim(c.article_id, c.created_by, c.status)
    )
  );

alter policy "whoever may edit the claim edits its sources"
  on public.sources
  using (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id
      and public.may_edit_claim(c.article_id, c.created_by, c.status)
  ))
  with check (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id
      and public.may_edit_claim(c.article_id, c.created_by, c.status)
  ));

alter policy "whoever may edit the claim removes its sources"
  on public.sources
  using (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id
      and public.may_edit_claim(c.article_id, c.created_by, c.status)
  ));

-- Comments and the trail: the newsroom's members only (comments are never public).
drop policy "signed-in users read all comments" on public.claim_comments;
create policy "members read their newsroom's comments"
  on public.claim_comments for select
  to authenticated
  using ((select private.has_newsroom_role(private.claim_newsroom(claim_id), 'checker')));

drop policy "signed-in users comment as themselves" on public.claim_comments;
create policy "members comment on their newsroom's claims as themselves"
  on public.claim_comments for insert
  to authenticated
  with check (
    author_id = (select auth.uid())
    and (select private.has_newsroom_role(private.claim_newsroom(claim_id), 'checker'))
  );

drop policy "authors and admins remove comments" on public.claim_comments;
create policy "authors and the newsroom's admins remove comments"
  on public.claim_comments for delete
  to authenticated
  using (
    (author_id = (select auth.uid())
      and (select private.has_newsroom_role(private.claim_newsroom(claim_id), 'checker')))
    or (select private.has_newsroom_role(private.claim_newsroom(claim_id), 'admin'))
  );

drop policy "signed-in users read all events" on public.claim_events;
create policy "members read their newsroom's claim events"
  on public.claim_events for select
  to authenticated
  using ((select private.has_newsroom_role(private.claim_newsroom(claim_id), 'checker')));

-- Verdicts: a newsroom's members read its scale, everyone the verdicts published claims
-- use; its admins write it.
drop policy "anyone reads verdicts" on public.verdicts;
create policy "anyone reads the verdicts of published claims"
  on public.verdicts for select
  to anon
  using (exists (select 1 from public.claims c where c.verdict_id = verdicts.id and c.status = 'published'));

drop policy "signed-in users read verdicts" on public.verdicts;
create policy "members read their newsroom's scale, everyone the verdicts of published claims"
  on public.verdicts for select
  to authenticated
  using (
    (select private.has_newsroom_role(newsroom_id, 'checker'))
    or exists (select 1 from public.claims c where c.verdict_id = verdicts.id and c.status = 'published')
  );

drop policy "admins add verdicts" on public.verdicts;
create policy "the newsroom's admins add verdicts"
  on public.verdicts for insert
  to authenticated
  with check ((select private.has_newsroom_role(newsroom_id, 'admin')));

drop policy "admins change verdicts" on public.verdicts;
create policy "the newsroom's admins change verdicts"
  on public.verdicts for update
  to authenticated
  using ((select private.has_newsroom_role(newsroom_id, 'admin')))
  with check ((select private.has_newsroom_role(newsroom_id, 'admin')));

drop policy "admins delete verdicts" on public.verdicts;
create policy "the newsroom's admins delete verdicts"
  on public.verdicts for delete
  to authenticated
  using ((select private.has_newsroom_role(newsroom_id, 'admin')));

-- The workflow. Every step starts by locking the claim; a caller who is not a member of the
-- claim's newsroom is told it does not exist, as its unpublished rows are hidden from them.
create or replace function public.lock_claim_for_decision(claim_id uuid, expected_version integer)
returns public.claims
language plpgsql
set search_path = ''
as $$
declare
  target public.claims;
begin
  select * into target from public.claims c where c.id = lock_claim_for_decision.claim_id for update;
  if not found or not private.has_newsroom_role(private.article_newsroom(target.article_id), 'checker') then
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
  'Locks a claim for a workflow step, refuses callers outside its newsroom (HTTP 404) and checks the version the caller decided on (HTTP 409 when stale).';

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
  'An editor or admin of the claim''s newsroom, other than its author, approves a claim in review or requests changes (with a note).';

create or replace function public.publish_claim(claim_id uuid, expected_version integer default null)
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
  if caller is null or not private.has_newsroom_role(private.article_newsroom(target.article_id), 'editor') then
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
  'An editor or admin of the claim''s newsroom publishes an approved claim, which makes it (and its sources, article and verdict) visible to everyone.';

comment on function public.submit_claim(uuid, integer) is
  'The author, a member of the claim''s newsroom, sends a draft (or a claim with changes requested) for review. Needs a verdict, a rationale and at least one source.';

create or replace function public.save_article_text(
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
  if not found or not private.has_newsroom_role(target.newsroom_id, 'checker') then
    raise exception 'article % not found', save_article_text.article_id using errcode = 'PT404';
  end if;
  if target.created_by is distinct from caller and not private.has_newsroom_role(target.newsroom_id, 'editor') then
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
  'The article''s creator (a member of its newsroom) or one of the newsroom''s editors saves a corrected text (body and body_text) and the re-anchored offsets of its claims in one transaction. Send updated_at as read in expected_updated_at: a stale one is HTTP 409. Re-anchoring does not change a claim''s version.';

-- The dashboard's counts carry the article's newsroom, so a page shows one newsroom's work
-- (a member also reads other newsrooms' published claims). Still security invoker.
create or replace view public.claim_counts_by_article
with (security_invoker = true)
as
select
  a.id as article_id,
  a.title as article_title,
  c.status,
  c.verdict_id,
  v.label as verdict_label,
  v.color as verdict_color,
  v.sort as verdict_sort,
  count(*)::integer as claims,
  a.newsroom_id
from public.claims c
join public.articles a on a.id = c.article_id
left join public.verdicts v on v.id = c.verdict_id
group by a.id, a.title, c.status, c.verdict_id, v.label, v.color, v.sort, a.newsroom_id;

comment on view public.claim_counts_by_article is
  'How many claims each article has per status and verdict (verdict_id null: no verdict yet), with the verdict''s label, colour and sort order, and the article''s newsroom. Security invoker: counts only claims the caller may read (their newsrooms'' claims, and published ones). Signed-in users only.';

-- Nothing asks for the global role any more; these fail while anything still depends on them.
drop function public.may_edit_claim(uuid, text);
drop function private.has_role(text);
alter table public.profiles drop column role;

comment on table public.profiles is
  'One row per auth user (created by trigger): the name shown to colleagues. Roles are per newsroom, in newsroom_members.';

comment on function private.create_profile_for_new_user() is
  'Trigger on auth.users: creates the new user''s profile (name from the sign-up metadata). A new user belongs to no newsroom until they create one or accept an invitation.';
