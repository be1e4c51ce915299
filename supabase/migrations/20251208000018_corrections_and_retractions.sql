-- Corrections and retractions, in the open (IFCN: an open and honest corrections policy).
-- Until now a published claim could never change, not even to put a mistake right, and the
-- public page read the live claim row. From here on:
-- - every publication is a row of public.claim_publications: a snapshot of exactly what went
--   out (claim, claimant, verdict as it was labelled, rationale, sources, the quoted words in
--   their sentence), who approved and who published it, when, and for a correction or a
--   retraction the public note saying what changed and why. Publications are never changed
--   or deleted and everyone may read them: the public pages are built from them, so what a
--   reader sees is what two people approved;
-- - an editor opens a correction of a published claim (start_correction): the claim row
--   becomes the correction's working copy (a draft again, its editor the correction's
--   author) while the latest publication stays public. The correction needs a public note
--   (correction_note) and goes through the same four-eyes review; publishing it adds a
--   publication of kind 'correction'. discard_correction puts the working copy back as it
--   was published;
-- - an admin retracts a published claim with a public note (retract_claim): a publication
--   of kind 'retraction', and the claim is retracted for good;
-- - a claim says who made it as a person or an organisation (claimant_kind) and, when known,
--   when and where it was made (claim_date, claim_appearance_url: ClaimReview's
--   itemReviewed.datePublished and appearance, defaulting to the article's);
-- - an article says whether it is the newsroom's own text (own_text). Only then does the
--   public get its text: anonymous visitors no longer read body, body_text or the previous
--   texts of revisions, and the public page quotes the words a fact-check rates in their
--   sentence instead of republishing a third party's article.

-- Claims.
alter table public.claims drop constraint claims_status_must_be_a_known_status;
alter table public.claims
  add constraint claims_status_must_be_a_known_status
    check (status in ('draft', 'in_review', 'changes_requested', 'approved', 'published', 'retracted'));

alter table public.claims
  add column claimant_kind text not null default 'person'
    constraint claims_claimant_kind_must_be_person_or_organization
      check (claimant_kind in ('person', 'organization')),
  add column claim_date date,
  add column claim_appearance_url text
    constraint claims_claim_appearance_url_must_be_http_or_https
      check (claim_appearance_url ~* '^https?://[^[:space:]/?#]+[^[:space:]]*$')
    constraint claims_claim_appearance_url_must_be_at_most_2048_characters
      check (char_length(claim_appearance_url) <= 2048),
  add column corrector_id uuid references public.profiles (id),
  add column correction_note text
    constraint claims_correction_note_must_be_at_most_2000_characters
      check (char_length(correction_note) <= 2000);

comment on column public.claims.claimant_kind is
  'Whether the claimant is a person or an organisation (ClaimReview itemReviewed.author is a Person or an Organization).';
comment on column public.claims.claim_date is
  'When the claim was made, when known (ClaimReview itemReviewed.datePublished); the article''s date otherwise.';
comment on column public.claims.claim_appearance_url is
  'Where the claim was made, when known and not the article (ClaimReview itemReviewed.appearance); the article''s URL otherwise.';
comment on column public.claims.corrector_id is
  'The editor writing a correction of this published claim (set by start_correction, cleared when the correction is published or discarded). While set, the claim row is the correction''s working copy and its latest publication stays public.';
comment on column public.claims.correction_note is
  'The public note of the correction being written: what changed and why. Required to submit a correction; published with it.';

create index claims_corrector_id_idx on public.claims (corrector_id);

-- Who writes the claim's current words: its checker, or the editor correcting it.
create function private.revision_author(claim public.claims)
returns uuid
language sql
immutable
set search_path = ''
as $$
  select coalesce(claim.corrector_id, claim.created_by)
$$;

comment on function private.revision_author(public.claims) is
  'The author of the claim''s current words: the editor writing a correction of it, or else the checker who made it.';

revoke execute on function private.revision_author(public.claims) from public, anon;
grant execute on function private.revision_author(public.claims) to authenticated, service_role;

-- The correction fields are the workflow's: clients write correction_note only while a
-- correction is open, and never who writes it; a retracted claim changes no more.
create function private.guard_correction_fields()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user not in ('anon', 'authenticated', 'service_role') then
    return new;
  end if;
  if tg_op = 'INSERT' then
    if new.corrector_id is not null or new.correction_note is not null then
      raise exception 'a new claim is no correction: corrector_id and correction_note are set by start_correction'
        using errcode = '42501';
    end if;
    return new;
  end if;
  if old.status = 'retracted' then
    raise exception 'a retracted claim cannot be changed: its retraction is on the public record'
      using errcode = '42501';
  end if;
  if new.corrector_id is distinct from old.corrector_id then
    raise exception 'corrector_id is set by start_correction, not by an update' using errcode = '42501';
  end if;
  if old.corrector_id is null and new.correction_note is distinct from old.correction_note then
    raise exception 'a correction note belongs to a correction: start one first (start_correction)'
      using errcode = '42501';
  end if;
  return new;
end;
$$;

comment on function private.guard_correction_fields() is
  'Trigger on public.claims: clients never set who writes a correction, write a correction note only while a correction is open, and never change a retracted claim.';

revoke execute on function private.guard_correction_fields() from public, anon, authenticated, service_role;

create trigger guard_correction_fields
  before insert or update on public.claims
  for each row execute function private.guard_correction_fields();

-- Whoever writes the claim's current words edits it: the correction's editor while one is open.
drop policy "authors edit drafts, the newsroom's editors edit claims in review" on public.claims;
create policy "authors edit drafts, the newsroom's editors edit claims in review"
  on public.claims for update
  to authenticated
  using (public.may_edit_claim(article_id, coalesce(corrector_id, created_by), status))
  with check (public.may_edit_claim(article_id, coalesce(corrector_id, created_by), status));

alter policy "whoever may edit the claim adds sources"
  on public.sources
  with check (
    created_by = (select auth.uid())
    and exists (
      select 1 from public.claims c
      where c.id = sources.claim_id
        and public.may_edit_claim(c.article_id, coalesce(c.corrector_id, c.created_by), c.status)
    )
  );

alter policy "whoever may edit the claim edits its sources"
  on public.sources
  using (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id
      and public.may_edit_claim(c.article_id, coalesce(c.corrector_id, c.created_by), c.status)
  ))
  with check (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id
      and public.may_edit_claim(c.article_id, coalesce(c.corrector_id, c.created_by), c.status)
  ));

alter policy "whoever may edit the claim removes its sources"
  on public.sources
  using (exists (
    select 1 from public.claims c
    where c.id = sources.claim_id
      and public.may_edit_claim(c.article_id, coalesce(c.corrector_id, c.created_by), c.status)
  ));

-- Publications.
create table public.claim_publications (
  id bigint primary key generated always as identity,
  claim_id uuid not null references public.claims (id) on delete restrict,
  article_id uuid not null references public.articles (id) on delete restrict,
  newsroom_id uuid not null references public.newsrooms (id) on delete restrict,
  revision integer not null
    constraint claim_publications_revision_must_be_positive check (revision >= 1),
  kind text not null
    constraint claim_publications_kind_must_be_a_known_kind
      check (kind in ('publication', 'correction', 'retraction')),
  claim_text text not null,
  claimant text,
  claimant_kind text not null,
  claim_date date,
  claim_appearance_url text,
  quote_exact text not null,
  quote_sentence text,
  verdict_id text,
  verdict_label text,
  verdict_color text,
  verdict_rating_value integer,
  rationale text,
  sources jsonb not null default '[]'::jsonb,
  note text,
  approved_by uuid references public.profiles (id),
  approved_by_name text,
  published_by uuid references public.profiles (id),
  published_by_name text not null,
  published_at timestamptz not null default now(),
  constraint claim_publications_one_row_per_revision unique (claim_id, revision),
  constraint claim_publications_corrections_and_retractions_say_why
    check (kind = 'publication' or note ~ '\S'),
  constraint claim_publications_a_verdict_unless_retracted
    check (kind = 'retraction' or verdict_label is not null)
);

comment on table public.claim_publications is
  'Every publication of a claim, as it went out: the first, each correction and a retraction, with the claim, claimant, verdict as labelled then, rationale, sources, the quoted words in their sentence, who approved and published it, when, and (for corrections and retractions) the public note saying what changed and why. Written only by publish_claim and retract_claim; never changed or deleted; everyone reads them.';

alter table public.claim_publications enable row level security;

create index claim_publications_article_id_idx on public.claim_publications (article_id, claim_id, revision);
create index claim_publications_newsroom_id_idx on public.claim_publications (newsroom_id, published_at desc, id desc);
create index claim_publications_approved_by_idx on public.claim_publications (approved_by);
create index claim_publications_published_by_idx on public.claim_publications (published_by);

revoke insert, update, delete, truncate on public.claim_publications from anon, authenticated, service_role;

create trigger refuse_publication_change
  before update or delete on public.claim_publications
  for each row execute function private.refuse_trail_change();

create trigger refuse_publication_truncate
  before truncate on public.claim_publications
  for each statement execute function private.refuse_trail_change();

create policy "anyone reads publications"
  on public.claim_publications for select
  to anon
  using (true);

create policy "signed-in users read publications"
  on public.claim_publications for select
  to authenticated
  using (true);

-- The sentence a quote stands in: from the end of the previous sentence (or paragraph) to
-- the end of the quote's last one, at most 300 UTF-16 units either side.
create function private.sentence_around(body_text text, start_offset integer, end_offset integer)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  counted text := private.utf16_view(body_text);
  before text;
  after text;
begin
  if start_offset is null or end_offset is null then
    return null;
  end if;
  before := substr(counted, greatest(1, start_offset - 300 + 1), least(300, start_offset));
  before := regexp_replace(before, '^.*([.!?]["”’)]?[[:space:]]+|\n)', '');
  after := substr(counted, end_offset + 1, 300);
  after := coalesce(substring(after from '^[^\n]*?[.!?]["”’)]?(?=[[:space:]]|$)'), substring(after from '^[^\n]*'));
  return btrim(replace(before || substr(counted, start_offset + 1, end_offset - start_offset) || after, U&'\FFFF', ''));
end;
$$;

comment on function private.sentence_around(text, integer, integer) is
  'The sentence (or sentences) of body_text that the quote between two UTF-16 offsets stands in, at most 300 units of context either side.';

revoke execute on function private.sentence_around(text, integer, integer) from public, anon, authenticated, service_role;

-- Writes the publication of the claim as it is now; the workflow functions and the seed call it.
create function private.record_publication(claim_id uuid, kind text, note text, publisher uuid)
returns public.claim_publications
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.claims;
  article public.articles;
  verdict public.verdicts;
  latest public.claim_publications;
  result public.claim_publications;
begin
  select * into target from public.claims c where c.id = record_publication.claim_id;
  select * into article from public.articles a where a.id = target.article_id;
  select * into verdict from public.verdicts v where v.id = target.verdict_id;
  select * into latest from public.claim_publications p
  where p.claim_id = target.id order by p.revision desc limit 1;

  insert into public.claim_publications (
    claim_id, article_id, newsroom_id, revision, kind, claim_text, claimant, claimant_kind,
    claim_date, claim_appearance_url, quote_exact, quote_sentence, verdict_id, verdict_label,
    verdict_color, verdict_rating_value, rationale, sources, note, approved_by, approved_by_name,
    published_by, published_by_name
  )
  select
    target.id, target.article_id, article.newsroom_id, coalesce(latest.revision, 0) + 1,
    record_publication.kind, target.claim_text, target.claimant, target.claimant_kind,
    target.claim_date, target.claim_appearance_url, target.quote_exact,
    coalesce(private.sentence_around(article.body_text, target.start_offset, target.end_offset), latest.quote_sentence),
    case when record_publication.kind = 'retraction' then null else verdict.id end,
    case when record_publication.kind = 'retraction' then null else verdict.label end,
    case when record_publication.kind = 'retraction' then null else verdict.color end,
    case when record_publication.kind = 'retraction' then null else verdict.rating_value end,
    case when record_publication.kind = 'retraction' then null else target.rationale end,
    case when record_publication.kind = 'retraction' then '[]'::jsonb else coalesce((
      select jsonb_agg(
        jsonb_build_object(
          'url', s.url, 'title', s.title, 'publisher', s.publisher, 'quote', s.quote,
          'stance', s.stance, 'accessed_on', s.accessed_on
        ) order by s.created_at, s.id
      )
      from public.sources s where s.claim_id = target.id
    ), '[]'::jsonb) end,
    nullif(btrim(record_publication.note), ''),
    case when record_publication.kind = 'retraction' then null else target.reviewed_by end,
    case when record_publication.kind = 'retraction' then null
      else (select p.display_name from public.profiles p where p.id = target.reviewed_by) end,
    record_publication.publisher,
    coalesce((select p.display_name from public.profiles p where p.id = record_publication.publisher), 'system')
  returning * into result;
  return result;
end;
$$;

comment on function private.record_publication(uuid, text, text, uuid) is
  'Writes a publication of the claim as it is now (its verdict as labelled now, its sources, its quote in its sentence): kind publication, correction or retraction, with the public note and who published it.';

revoke execute on function private.record_publication(uuid, text, text, uuid) from public, anon, authenticated, service_role;

-- Claims published before this migration get their first publication, as they are.
select private.record_publication(
  c.id,
  'publication',
  null,
  (select e.actor_id from public.claim_events e where e.claim_id = c.id and e.action = 'published' order by e.id desc limit 1)
)
from public.claims c
where c.status = 'published'
order by c.published_at, c.id;

-- The trail's new actions.
alter table public.claim_events drop constraint claim_events_action_must_be_a_known_action;
alter table public.claim_events
  add constraint claim_events_action_must_be_a_known_action
    check (action in (
      'created', 'edited', 'verdict_changed', 'sources_changed', 'quote_changed', 'quote_confirmed',
      'submitted', 'withdrawn', 'approved', 'changes_requested', 'published', 'deleted',
      'correction_started', 'correction_discarded', 'retracted'
    ));

-- The workflow, with corrections.
create or replace function public.submit_claim(claim_id uuid, expected_version integer default null)
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
  if caller is null or private.revision_author(target) is distinct from caller then
    raise exception '%', case when target.corrector_id is null then 'only the claim''s author can submit it'
      else 'only the editor writing this correction can submit it' end
      using errcode = '42501';
  end if;
  if target.status not in ('draft', 'changes_requested') then
    raise exception 'cannot submit: the claim is %, and only a draft or a claim with changes requested can be submitted', replace(target.status, '_', ' ')
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
  if target.corrector_id is not null and (target.correction_note is null or target.correction_note !~ '\S') then
    missing := array_append(missing, 'a correction note saying what changed and why');
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
  'The author (or the editor writing a correction) sends a draft, or a claim with changes requested, for review. Needs a verdict, a rationale, at least one source and, for a correction, a correction note. expected_version is required.';

create or replace function public.withdraw_claim(claim_id uuid, expected_version integer)
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
  if caller is null or private.revision_author(target) is distinct from caller then
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
  'The author (or the editor writing a correction) takes the claim back from review to draft while nobody has decided on it. expected_version is required.';

create or replace function public.approval_blocker(claim_id uuid)
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
  if private.revision_author(target) = caller then
    return case when target.corrector_id is null then 'nobody reviews their own claim: another editor must review it'
      else 'you wrote this correction: another editor must review it' end;
  end if;
  if private.changed_since_submission(target.id, caller) then
    return 'you changed this claim while it was in review: another editor must approve it, so that a second person sees its final words';
  end if;
  return null;
end;
$$;

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
    raise exception 'cannot review: the claim is %, and only claims in review can be reviewed', replace(target.status, '_', ' ')
      using errcode = 'P0001';
  end if;
  if private.revision_author(target) = caller then
    raise exception '%', case when target.corrector_id is null then 'nobody reviews their own claim: another editor must review it'
      else 'you wrote this correction: another editor must review it' end
      using errcode = '42501';
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
  'An editor or admin of the claim''s newsroom approves a claim in review or requests changes (with a note). Nobody approves a claim or a correction they wrote, or one whose words, verdict or sources they changed since it was submitted. expected_version is required.';

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
  correcting boolean;
begin
  target := public.lock_claim_for_decision(publish_claim.claim_id, publish_claim.expected_version);
  if caller is null or not private.has_newsroom_role(private.article_newsroom(target.article_id), 'editor') then
    raise exception 'only editors and admins publish claims' using errcode = '42501';
  end if;
  if target.status <> 'approved' then
    raise exception 'cannot publish: the claim is %, and only approved claims can be published', replace(target.status, '_', ' ')
      using errcode = 'P0001';
  end if;
  correcting := target.corrector_id is not null;

  perform private.record_publication(
    target.id,
    case when correcting then 'correction' else 'publication' end,
    case when correcting then target.correction_note end,
    caller
  );

  update public.claims c
  set status = 'published', published_at = coalesce(c.published_at, now()),
    corrector_id = null, correction_note = null
  where c.id = target.id
  returning * into result;

  insert into public.claim_events (claim_id, actor_id, action, from_status, to_status, note)
  values (target.id, caller, 'published', target.status, 'published', case when correcting then target.correction_note end);
  return result;
end;
$$;

comment on function public.publish_claim(uuid, integer) is
  'An editor or admin of the claim''s newsroom publishes an approved claim or correction: a new row of claim_publications (kind publication or correction, with the correction''s note) is what the public pages show. expected_version is required.';

create function public.start_correction(claim_id uuid, expected_version integer)
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
  target := public.lock_claim_for_decision(start_correction.claim_id, start_correction.expected_version);
  if caller is null or not private.has_newsroom_role(private.article_newsroom(target.article_id), 'editor') then
    raise exception 'only editors and admins correct a published claim' using errcode = '42501';
  end if;
  if target.status <> 'published' then
    raise exception 'cannot correct: the claim is %, and only a published claim is corrected (an unpublished one is simply edited)', replace(target.status, '_', ' ')
      using errcode = 'P0001';
  end if;

  update public.claims c
  set status = 'draft', corrector_id = caller, correction_note = null, reviewed_by = null, reviewed_at = null
  where c.id = target.id
  returning * into result;

  insert into public.claim_events (claim_id, actor_id, action, from_status, to_status)
  values (target.id, caller, 'correction_started', 'published', 'draft');
  return result;
end;
$$;

comment on function public.start_correction(uuid, integer) is
  'An editor or admin opens a correction of a published claim: the claim becomes the correction''s draft, written by the caller, while its latest publication stays public. expected_version is required.';

create function public.discard_correction(claim_id uuid, expected_version integer)
returns public.claims
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.claims;
  latest public.claim_publications;
  result public.claims;
begin
  target := public.lock_claim_for_decision(discard_correction.claim_id, discard_correction.expected_version);
  if target.corrector_id is null then
    raise exception 'this claim has no correction open' using errcode = 'P0001';
  end if;
  if caller is null or (target.corrector_id is distinct from caller
    and not private.has_newsroom_role(private.article_newsroom(target.article_id), 'admin')) then
    raise exception 'only the editor writing this correction, or an admin, discards it' using errcode = '42501';
  end if;
  select * into latest from public.claim_publications p
  where p.claim_id = target.id order by p.revision desc limit 1;

  update public.claims c
  set status = 'published', corrector_id = null, correction_note = null,
    claim_text = latest.claim_text, claimant = latest.claimant, claimant_kind = latest.claimant_kind,
    claim_date = latest.claim_date, claim_appearance_url = latest.claim_appearance_url,
    verdict_id = latest.verdict_id, rationale = latest.rationale,
    reviewed_by = latest.approved_by, reviewed_at = latest.published_at
  where c.id = target.id
  returning * into result;

  delete from public.sources s where s.claim_id = target.id;
  insert into public.sources (claim_id, url, title, publisher, quote, stance, accessed_on)
  select target.id, x.url, x.title, x.publisher, x.quote, x.stance, x.accessed_on
  from jsonb_to_recordset(latest.sources) as x (url text, title text, publisher text, quote text, stance text, accessed_on date);

  insert into public.claim_events (claim_id, actor_id, action, from_status, to_status)
  values (target.id, caller, 'correction_discarded', target.status, 'published');
  return result;
end;
$$;

comment on function public.discard_correction(uuid, integer) is
  'The editor writing a correction (or an admin) abandons it: the claim is put back as it was last published, sources included. expected_version is required.';

create function public.retract_claim(claim_id uuid, expected_version integer, note text)
returns public.claims
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  target public.claims;
  result public.claims;
  why text := nullif(btrim(note), '');
begin
  target := public.lock_claim_for_decision(retract_claim.claim_id, retract_claim.expected_version);
  if caller is null or not private.has_newsroom_role(private.article_newsroom(target.article_id), 'admin') then
    raise exception 'only the newsroom''s admins retract a published claim' using errcode = '42501';
  end if;
  if target.published_at is null or target.status = 'retracted' then
    raise exception 'cannot retract: the claim is %, and only a published claim is retracted (an unpublished one is deleted)', replace(target.status, '_', ' ')
      using errcode = 'P0001';
  end if;
  if why is null then
    raise exception 'say why the fact-check is retracted: the note is published with the retraction' using errcode = '22023';
  end if;
  if char_length(why) > 2000 then
    raise exception 'the retraction note must be at most 2000 characters' using errcode = '22023';
  end if;

  -- A retraction withdraws what was published, not an unpublished correction's words.
  if target.corrector_id is not null then
    target := public.discard_correction(target.id, target.version);
  end if;
  perform private.record_publication(target.id, 'retraction', why, caller);

  update public.claims c
  set status = 'retracted'
  where c.id = target.id
  returning * into result;

  insert into public.claim_events (claim_id, actor_id, action, from_status, to_status, note)
  values (target.id, caller, 'retracted', target.status, 'retracted', why);
  return result;
end;
$$;

comment on function public.retract_claim(uuid, integer, text) is
  'An admin of the claim''s newsroom retracts a published claim with a public note: a publication of kind retraction replaces its verdict on the public pages, and the claim changes no more. expected_version is required.';

revoke execute on function public.start_correction(uuid, integer) from public, anon, service_role;
revoke execute on function public.discard_correction(uuid, integer) from public, anon, service_role;
revoke execute on function public.retract_claim(uuid, integer, text) from public, anon, service_role;
grant execute on function public.start_correction(uuid, integer) to authenticated;
grant execute on function public.discard_correction(uuid, integer) to authenticated;
grant execute on function public.retract_claim(uuid, integer, text) to authenticated;

-- save_claim writes the new fields too.
create or replace function public.save_claim(claim jsonb, sources jsonb)
returns public.claims
language plpgsql
security invoker
set search_path = ''
as $$
declare
  claim_fields constant text[] := array[
    'id', 'article_id', 'quote_exact', 'quote_prefix', 'quote_suffix', 'start_offset', 'end_offset',
    'claim_text', 'claimant', 'claimant_kind', 'claim_date', 'claim_appearance_url', 'verdict_id',
    'rationale', 'correction_note', 'version'
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
      claim_text, claimant, claimant_kind, claim_date, claim_appearance_url, verdict_id, rationale
    )
    values (
      wanted.id, wanted.article_id, wanted.quote_exact, coalesce(wanted.quote_prefix, ''),
      coalesce(wanted.quote_suffix, ''), wanted.start_offset, wanted.end_offset,
      wanted.claim_text, wanted.claimant, coalesce(wanted.claimant_kind, 'person'), wanted.claim_date,
      wanted.claim_appearance_url, wanted.verdict_id, wanted.rationale
    )
    returning * into result;
  else
    if wanted.version is null then
      raise exception 'claim % already exists: send the version you read to update it', wanted.id
        using errcode = '22023';
    end if;
    -- The quote and its offsets are left as stored: only re-anchoring (save_article_text)
    -- moves them. Fields the caller leaves out keep their value.
    update public.claims c
    set article_id = coalesce(wanted.article_id, c.article_id),
      claim_text = wanted.claim_text,
      claimant = wanted.claimant,
      claimant_kind = case when claim ? 'claimant_kind' then coalesce(wanted.claimant_kind, 'person') else c.claimant_kind end,
      claim_date = case when claim ? 'claim_date' then wanted.claim_date else c.claim_date end,
      claim_appearance_url = case when claim ? 'claim_appearance_url' then wanted.claim_appearance_url else c.claim_appearance_url end,
      verdict_id = wanted.verdict_id,
      rationale = wanted.rationale,
      correction_note = case when claim ? 'correction_note' then wanted.correction_note else c.correction_note end,
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
  'Creates a claim (no claim has claim.id yet) or updates it (claim.version is the version you read; a stale one is HTTP 409), then makes sources the claim''s complete list of sources: listed ids are updated, new ones inserted, missing ones deleted. All in one transaction, as the caller: RLS decides. claimant_kind, claim_date, claim_appearance_url and correction_note keep their value when left out.';

-- Articles: the newsroom's own text, or a third party's.
alter table public.articles add column own_text boolean not null default false;

comment on column public.articles.own_text is
  'True when the article is the newsroom''s own text, which its public page may show in full; otherwise the public sees only the words each fact-check quotes, in their sentence.';

grant update (own_text) on public.articles to authenticated;

-- An article is public once one of its claims was published, whatever became of the claim.
drop policy "anyone reads articles with a published claim" on public.articles;
create policy "anyone reads articles with a publication"
  on public.articles for select
  to anon
  using (exists (select 1 from public.claim_publications p where p.article_id = articles.id));

drop policy "members read their newsroom's articles, everyone those with a published claim" on public.articles;
create policy "members read their newsroom's articles, everyone those with a publication"
  on public.articles for select
  to authenticated
  using (
    (select private.has_newsroom_role(newsroom_id, 'checker'))
    or exists (select 1 from public.claim_publications p where p.article_id = articles.id)
  );

-- The public reads an article's text only when it is the newsroom's own.
revoke select on public.articles from anon;
grant select (id, newsroom_id, title, url, publisher, published_at, own_text, created_at, updated_at)
  on public.articles to anon;

create function public.public_article_body(article_id uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select a.body from public.articles a
  where a.id = public_article_body.article_id and a.own_text
    and exists (select 1 from public.claim_publications p where p.article_id = a.id)
$$;

comment on function public.public_article_body(uuid) is
  'The text (ProseMirror document) of an article the public may read in full: the newsroom''s own text with a publication. Null otherwise.';

revoke execute on function public.public_article_body(uuid) from public;
grant execute on function public.public_article_body(uuid) to anon, authenticated;

drop policy "anyone reads the revisions of published articles" on public.article_revisions;
create policy "anyone reads the revisions of articles with a publication"
  on public.article_revisions for select
  to anon
  using (exists (select 1 from public.claim_publications p where p.article_id = article_revisions.article_id));

drop policy "members read their newsroom's revisions, everyone those of published articles" on public.article_revisions;
create policy "members read their newsroom's revisions, everyone those of articles with a publication"
  on public.article_revisions for select
  to authenticated
  using (
    (select private.has_newsroom_role(private.article_newsroom(article_id), 'checker'))
    or exists (select 1 from public.claim_publications p where p.article_id = article_revisions.article_id)
  );

revoke select on public.article_revisions from anon;
grant select (id, article_id, revised_by_name, note, created_at) on public.article_revisions to anon;
