-- Article text is evidence. Until now the client sent body (the ProseMirror document) and
-- body_text (the plain text claims' offsets point into) separately and the database took
-- both on trust, with offsets to match: an article's creator could rewrite the words under a
-- published verdict and move its offsets onto invented text, and nothing recorded it. From
-- here on:
-- - body must be a document of the article schema (doc, paragraph, heading, blockquote,
--   bullet and ordered lists, list items, text, hard breaks; marks bold, italic and link);
-- - body_text must be the text of body by the documented mapping (src/lib/anchoring/
--   prosemirror-text.ts: textblocks in order joined by two newlines; a hard break is one
--   newline, any other inline leaf U+FFFC), and offsets count UTF-16 code units as the app
--   does (a character outside the BMP counts two);
-- - a claim's offsets are stored only where its quote is the text at those offsets;
-- - every change of the text is an article revision: who, when, the previous text and a
--   note, required once any claim of the article is past draft. Revisions are never changed
--   and are public where the article is (readers see that a checked text was revised);
-- - save_article_text checks every proposed anchor: one whose words are the claim's quote is
--   kept; one the client matched approximately (it sends the words it found as quote_exact)
--   re-quotes an unpublished claim, recorded in its trail as quote_changed and, past draft,
--   flagged for its checker and editor to confirm (confirm_quote); anything else, and any
--   published claim whose words changed, is unanchored, never re-pointed at other words.

-- The text as the app counts it: every character outside the BMP followed by U+FFFF (a
-- noncharacter no text contains), so lengths and substrings count UTF-16 code units.
create function private.utf16_view(value text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select regexp_replace(value, '([\U00010000-\U0010FFFF])', E'\\1\uFFFF', 'g')
$$;

comment on function private.utf16_view(text) is
  'The text with each character outside the BMP followed by U+FFFF, so that char_length and substr count UTF-16 code units, as offsets do.';

create function private.text_at(body_text text, start_offset integer, end_offset integer)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select replace(substr(private.utf16_view(body_text), start_offset + 1, end_offset - start_offset), U&'\FFFF', '')
$$;

comment on function private.text_at(text, integer, integer) is
  'The words of body_text between two UTF-16 offsets.';

create function private.textblocks_of(node jsonb)
returns setof text
language plpgsql
immutable
set search_path = ''
as $$
declare
  child jsonb;
begin
  if node ->> 'type' in ('paragraph', 'heading') then
    return next coalesce((
      select string_agg(
        case inline ->> 'type' when 'text' then inline ->> 'text' when 'hardBreak' then E'\n' else U&'\FFFC' end,
        '' order by position
      )
      from jsonb_array_elements(coalesce(node -> 'content', '[]'::jsonb)) with ordinality as inlines (inline, position)
    ), '');
    return;
  end if;
  for child in select c from jsonb_array_elements(coalesce(node -> 'content', '[]'::jsonb)) as children (c) loop
    return query select * from private.textblocks_of(child);
  end loop;
end;
$$;

create function private.article_text_of(body jsonb)
returns text
language sql
immutable
set search_path = ''
as $$
  select coalesce(string_agg(block, E'\n\n' order by position), '')
  from private.textblocks_of(body) with ordinality as blocks (block, position)
$$;

comment on function private.article_text_of(jsonb) is
  'The body_text of an article document: its textblocks in order joined by two newlines (the mapping of src/lib/anchoring/prosemirror-text.ts).';

create function private.is_article_node(node jsonb, allowed text[])
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
declare
  kind text := node ->> 'type';
  child jsonb;
  children text[];
begin
  if jsonb_typeof(node) <> 'object' or kind is null or not (kind = any (allowed)) then
    return false;
  end if;
  if kind = 'text' then
    return jsonb_typeof(node -> 'text') = 'string' and node ->> 'text' <> ''
      and (node -> 'marks' is null or (
        jsonb_typeof(node -> 'marks') = 'array'
        and not exists (
          select 1 from jsonb_array_elements(node -> 'marks') m
          where jsonb_typeof(m) <> 'object' or not (m ->> 'type' = any (array['bold', 'italic', 'link']))
        )));
  end if;
  if kind = 'hardBreak' then
    return node -> 'content' is null;
  end if;
  if node -> 'content' is null then
    return true;
  end if;
  if jsonb_typeof(node -> 'content') <> 'array' then
    return false;
  end if;
  children := case kind
    when 'doc' then array['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList']
    when 'blockquote' then array['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList']
    when 'listItem' then array['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList']
    when 'bulletList' then array['listItem']
    when 'orderedList' then array['listItem']
    else array['text', 'hardBreak']
  end;
  for child in select c from jsonb_array_elements(node -> 'content') as items (c) loop
    if not private.is_article_node(child, children) then
      return false;
    end if;
  end loop;
  return true;
end;
$$;

create function private.is_article_document(body jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select private.is_article_node(body, array['doc'])
$$;

comment on function private.is_article_document(jsonb) is
  'True when the JSON is a document of the article schema: the node types src/lib/article-schema.ts allows, nested as it nests them, with bold, italic and link marks only.';

revoke execute on function private.utf16_view(text), private.text_at(text, integer, integer), private.textblocks_of(jsonb),
  private.article_text_of(jsonb), private.is_article_node(jsonb, text[]), private.is_article_document(jsonb)
  from public, anon;
grant execute on function private.utf16_view(text), private.text_at(text, integer, integer), private.textblocks_of(jsonb),
  private.article_text_of(jsonb), private.is_article_node(jsonb, text[]), private.is_article_document(jsonb)
  to authenticated, service_role;

-- Every write of an article's text, whoever makes it, must say the same thing twice.
create function private.check_article_text()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.body is not distinct from old.body and new.body_text is not distinct from old.body_text then
    return new;
  end if;
  if not private.is_article_document(new.body) then
    raise exception 'body is not a document of the article schema (paragraphs, headings, quotes, lists, text, hard breaks; bold, italic and links)'
      using errcode = '22023';
  end if;
  if new.body_text is distinct from private.article_text_of(new.body) then
    raise exception 'body_text is not the text of body: they must say the same thing (textblocks joined by two newlines)'
      using errcode = '22023';
  end if;
  return new;
end;
$$;

comment on function private.check_article_text() is
  'Trigger on public.articles: body is a document of the article schema and body_text its text.';

revoke execute on function private.check_article_text() from public, anon, authenticated, service_role;

create trigger check_article_text
  before insert or update on public.articles
  for each row execute function private.check_article_text();

-- A claim's offsets point at its quote, or at nothing.
create or replace function public.validate_claim()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  body_text text;
  newsroom uuid;
  verdict public.verdicts;
begin
  if new.verdict_id is not null
    and (tg_op = 'INSERT' or new.verdict_id is distinct from old.verdict_id) then
    newsroom := private.article_newsroom(new.article_id);
    select * into verdict from public.verdicts v where v.id = new.verdict_id;
    if private.verdict_newsroom(new.verdict_id) is null then
      raise exception 'unknown verdict "%": use one of %', new.verdict_id,
        coalesce((select string_agg(v.id, ', ' order by v.sort, v.label) from public.verdicts v
                  where v.newsroom_id = newsroom and not v.retired), 'none (the scale is empty)')
        using errcode = '22023';
    end if;
    if private.verdict_newsroom(new.verdict_id) is distinct from newsroom then
      raise exception 'the verdict "%" belongs to another newsroom''s scale: use one of %', new.verdict_id,
        coalesce((select string_agg(v.id, ', ' order by v.sort, v.label) from public.verdicts v
                  where v.newsroom_id = newsroom and not v.retired), 'none (the scale is empty)')
        using errcode = '22023';
    end if;
    if verdict.retired then
      raise exception 'the verdict "%" is retired and no longer given to claims: use one of %', verdict.label,
        coalesce((select string_agg(v.id, ', ' order by v.sort, v.label) from public.verdicts v
                  where v.newsroom_id = newsroom and not v.retired), 'none (the scale is empty)')
        using errcode = '22023';
    end if;
  end if;
  if new.end_offset is not null
    and (tg_op = 'INSERT'
      or new.start_offset is distinct from old.start_offset
      or new.end_offset is distinct from old.end_offset
      or new.quote_exact is distinct from old.quote_exact) then
    select a.body_text into body_text from public.articles a where a.id = new.article_id;
    if new.end_offset > char_length(private.utf16_view(body_text)) then
      raise exception 'claim offsets %..% lie outside the article, whose text is % characters long',
        new.start_offset, new.end_offset, char_length(private.utf16_view(body_text))
        using errcode = '23514';
    end if;
    -- Malformed offsets (negative, or an end not after the start) are the check constraints' to name.
    if new.start_offset >= 0 and new.end_offset > new.start_offset
      and private.text_at(body_text, new.start_offset, new.end_offset) is distinct from new.quote_exact then
      raise exception 'the quote is not the text at offsets %..%: there the article says "%"',
        new.start_offset, new.end_offset, left(private.text_at(body_text, new.start_offset, new.end_offset), 200)
        using errcode = '23514';
    end if;
  end if;
  return new;
end;
$$;

-- Quotes re-pointed by a correction are flagged until someone who may edit the claim confirms.
alter table public.claims add column quote_changed_at timestamptz;

comment on column public.claims.quote_changed_at is
  'When a correction of the article''s text re-quoted this claim (past draft) onto words that differ from the ones it quoted; cleared by confirm_quote. Null otherwise.';

alter table public.claim_events drop constraint claim_events_action_must_be_a_known_action;
alter table public.claim_events
  add constraint claim_events_action_must_be_a_known_action
    check (action in (
      'created', 'edited', 'verdict_changed', 'sources_changed', 'quote_changed', 'quote_confirmed',
      'submitted', 'approved', 'changes_requested', 'published', 'deleted'
    ));

-- The trail: an edit is a change of what the claim says; a changed quote is its own event.
create or replace function private.record_claim_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  actor uuid := (select p.id from public.profiles p where p.id = (select auth.uid()));
begin
  if tg_op = 'INSERT' then
    insert into public.claim_events (claim_id, actor_id, action, to_status, to_verdict)
    values (new.id, actor, 'created', new.status, new.verdict_id);
    return new;
  end if;
  -- An update that kept the version is a re-anchoring (see guard_claim_update), not an edit.
  if new.version = old.version then
    return new;
  end if;
  if new.verdict_id is distinct from old.verdict_id then
    insert into public.claim_events (claim_id, actor_id, action, from_verdict, to_verdict)
    values (new.id, actor, 'verdict_changed', old.verdict_id, new.verdict_id);
  end if;
  if new.quote_exact is distinct from old.quote_exact then
    insert into public.claim_events (claim_id, actor_id, action, note)
    values (new.id, actor, 'quote_changed', format('“%s” → “%s”', old.quote_exact, new.quote_exact));
  end if;
  if old.quote_changed_at is not null and new.quote_changed_at is null then
    insert into public.claim_events (claim_id, actor_id, action)
    values (new.id, actor, 'quote_confirmed');
  end if;
  if (new.claim_text, new.claimant, new.rationale) is distinct from (old.claim_text, old.claimant, old.rationale) then
    insert into public.claim_events (claim_id, actor_id, action)
    values (new.id, actor, 'edited');
  end if;
  return new;
end;
$$;

-- Revisions of an article's text.
create table public.article_revisions (
  id bigint primary key generated always as identity,
  article_id uuid not null references public.articles (id) on delete cascade,
  revised_by uuid references public.profiles (id),
  revised_by_name text not null,
  note text
    constraint article_revisions_note_must_be_at_most_2000_characters check (char_length(note) <= 2000),
  previous_body jsonb not null,
  previous_body_text text not null,
  created_at timestamptz not null default now()
);

comment on table public.article_revisions is
  'Every change of an article''s text: who (id and name as they were), when, why (required once a claim of the article is past draft) and the text before it. Written only by save_article_text; never changed; readable by the newsroom''s members and, once a claim of the article is published, by everyone.';

alter table public.article_revisions enable row level security;

create index article_revisions_article_id_idx on public.article_revisions (article_id, id);
create index article_revisions_revised_by_idx on public.article_revisions (revised_by);

revoke insert, update, delete, truncate on public.article_revisions from anon, authenticated, service_role;

-- Deleting an article (one no claim of which was published) takes its revisions along, as a
-- cascade, which runs one trigger level down.
create trigger refuse_revision_change
  before update or delete on public.article_revisions
  for each row
  when (pg_trigger_depth() = 0)
  execute function private.refuse_trail_change();

create policy "members read their newsroom's revisions, everyone those of published articles"
  on public.article_revisions for select
  to authenticated
  using (
    (select private.has_newsroom_role(private.article_newsroom(article_id), 'checker'))
    or exists (select 1 from public.claims c where c.article_id = article_revisions.article_id and c.status = 'published')
  );

create policy "anyone reads the revisions of published articles"
  on public.article_revisions for select
  to anon
  using (exists (select 1 from public.claims c where c.article_id = article_revisions.article_id and c.status = 'published'));

drop function public.save_article_text(uuid, jsonb, text, jsonb, timestamptz);

create function public.save_article_text(
  article_id uuid,
  body jsonb,
  body_text text,
  anchors jsonb,
  -- Required; a default so that leaving it out gets the message that says so.
  expected_updated_at timestamptz default null,
  note text default null
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
  why text := nullif(btrim(note), '');
  claim public.claims;
  proposed record;
  found_words text;
begin
  if caller is null then
    raise exception 'sign in to change an article''s text' using errcode = '42501';
  end if;
  if expected_updated_at is null then
    raise exception 'send expected_updated_at, the updated_at of the article you edited' using errcode = 'PT428';
  end if;
  select * into target from public.articles a where a.id = save_article_text.article_id for update;
  if not found or not private.has_newsroom_role(target.newsroom_id, 'checker') then
    raise exception 'article % not found', save_article_text.article_id using errcode = 'PT404';
  end if;
  if target.created_by is distinct from caller and not private.has_newsroom_role(target.newsroom_id, 'editor') then
    raise exception 'only the article''s creator or an editor can change its text' using errcode = '42501';
  end if;
  if expected_updated_at <> target.updated_at then
    raise exception 'the article changed since you opened it (you read the version of %, it was saved again at %); reload it',
      expected_updated_at, target.updated_at
      using errcode = 'PT409';
  end if;
  if anchors is null or jsonb_typeof(anchors) <> 'array'
    or exists (
      select 1 from jsonb_array_elements(anchors) e
      where jsonb_typeof(e) <> 'object' or jsonb_typeof(e -> 'claim_id') is distinct from 'string'
    ) then
    raise exception 'anchors must be a JSON array of {"claim_id": uuid, "start_offset": integer or null, "end_offset": integer or null, "quote_exact": the words found, for an approximate match}'
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
  if char_length(why) > 2000 then
    raise exception 'the note must be at most 2000 characters' using errcode = '22023';
  end if;
  if why is null and exists (select 1 from public.claims c where c.article_id = target.id and c.status <> 'draft') then
    raise exception 'say what changed and why: a note is required once a claim of this article is past draft'
      using errcode = 'P0001';
  end if;

  if body is distinct from target.body or body_text is distinct from target.body_text then
    insert into public.article_revisions (article_id, revised_by, revised_by_name, note, previous_body, previous_body_text)
    values (
      target.id, caller, coalesce((select p.display_name from public.profiles p where p.id = caller), 'system'),
      why, target.body, target.body_text
    );
    -- check_article_text refuses a body outside the schema and a body_text that is not its text.
    update public.articles a
    set body = save_article_text.body, body_text = save_article_text.body_text
    where a.id = target.id;
  end if;
  select * into result from public.articles a where a.id = target.id;

  -- Every claim of the article: kept where its words still are, re-quoted where the caller
  -- matched them approximately (unpublished claims only), unanchored otherwise.
  for claim in select * from public.claims c where c.article_id = target.id for update loop
    -- A claim the caller did not list keeps its offsets, if its words are still there.
    select x.start_offset, x.end_offset, x.quote_exact into proposed
    from jsonb_to_recordset(anchors) as x (claim_id uuid, start_offset integer, end_offset integer, quote_exact text)
    where x.claim_id = claim.id;
    if not found then
      select claim.start_offset as start_offset, claim.end_offset as end_offset, null::text as quote_exact into proposed;
    end if;
    found_words := case
      when proposed.start_offset is null or proposed.end_offset is null or proposed.start_offset < 0
        or proposed.end_offset <= proposed.start_offset
        or proposed.end_offset > char_length(private.utf16_view(result.body_text)) then null
      else private.text_at(result.body_text, proposed.start_offset, proposed.end_offset)
    end;
    if found_words is not null and found_words = claim.quote_exact then
      update public.claims c set start_offset = proposed.start_offset, end_offset = proposed.end_offset
      where c.id = claim.id and (c.start_offset, c.end_offset) is distinct from (proposed.start_offset, proposed.end_offset);
    elsif found_words is not null and proposed.quote_exact is not distinct from found_words
      and claim.status <> 'published' and private.has_visible_text(found_words) then
      update public.claims c
      set quote_exact = found_words,
        quote_prefix = right(replace(left(private.utf16_view(result.body_text), proposed.start_offset), U&'\FFFF', ''), 32),
        quote_suffix = left(replace(substr(private.utf16_view(result.body_text), proposed.end_offset + 1), U&'\FFFF', ''), 32),
        start_offset = proposed.start_offset,
        end_offset = proposed.end_offset,
        quote_changed_at = case when claim.status = 'draft' then c.quote_changed_at else now() end
      where c.id = claim.id;
    elsif claim.start_offset is not null then
      update public.claims c set start_offset = null, end_offset = null where c.id = claim.id;
    end if;
  end loop;

  return result;
end;
$$;

comment on function public.save_article_text(uuid, jsonb, text, jsonb, timestamptz, text) is
  'The article''s creator (a member of its newsroom) or one of the newsroom''s editors saves a corrected text and proposes where each claim now is; the only way an article''s text changes. Records an article revision (note required once a claim is past draft). expected_updated_at is required (HTTP 428 without, 409 when stale). An anchor is kept only where the words are the claim''s quote; an approximate one (quote_exact: the words found) re-quotes an unpublished claim, flagged past draft; the rest are unanchored. Re-anchoring does not change a claim''s version.';

revoke execute on function public.save_article_text(uuid, jsonb, text, jsonb, timestamptz, text) from public, anon, service_role;
grant execute on function public.save_article_text(uuid, jsonb, text, jsonb, timestamptz, text) to authenticated;

create function public.confirm_quote(claim_id uuid, expected_version integer)
returns public.claims
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.claims;
  result public.claims;
begin
  target := public.lock_claim_for_decision(confirm_quote.claim_id, confirm_quote.expected_version);
  if not (target.created_by = (select auth.uid())
      or private.has_newsroom_role(private.article_newsroom(target.article_id), 'editor')) then
    raise exception 'only the claim''s author or the newsroom''s editors confirm its quote' using errcode = '42501';
  end if;
  if target.quote_changed_at is null then
    raise exception 'the claim''s quote has not changed: there is nothing to confirm' using errcode = 'P0001';
  end if;
  update public.claims c set quote_changed_at = null where c.id = target.id returning * into result;
  return result;
end;
$$;

comment on function public.confirm_quote(uuid, integer) is
  'The claim''s author or an editor of its newsroom confirms that the words a correction re-quoted it onto are still the claim (clears quote_changed_at, recorded as quote_confirmed).';

revoke execute on function public.confirm_quote(uuid, integer) from public, anon, service_role;
grant execute on function public.confirm_quote(uuid, integer) to authenticated;
