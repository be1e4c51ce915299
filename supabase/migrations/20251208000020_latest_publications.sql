-- What the public sees of each fact-check now: the latest publication of every claim. The
-- public pages list a newsroom's fact-checks newest first, paged by keyset, counted and
-- filtered by verdict, and an article's fact-checks; PostgREST cannot pick "the latest row of
-- each claim" from claim_publications by itself (no distinct on, no self-join), and reading
-- every revision to pick them in the browser would neither page nor count.
--
-- The latest row is the one no later revision of the same claim follows (an anti-join on the
-- claim_publications_one_row_per_revision index), so a filter on newsroom_id or article_id
-- reaches the table's own indexes. Security invoker: the caller's own right to read
-- publications (everyone may) is what applies.
create view public.latest_claim_publications
with (security_invoker = true)
as
select
  p.id,
  p.claim_id,
  p.article_id,
  p.newsroom_id,
  p.revision,
  p.kind,
  p.claim_text,
  p.claimant,
  p.claimant_kind,
  p.claim_date,
  p.claim_appearance_url,
  p.quote_exact,
  p.quote_sentence,
  p.verdict_id,
  p.verdict_label,
  p.verdict_color,
  p.verdict_rating_value,
  p.rationale,
  p.sources,
  p.note,
  p.published_by_name,
  p.published_at,
  (select f.published_at from public.claim_publications f where f.claim_id = p.claim_id and f.revision = 1) as first_published_at
from public.claim_publications p
where not exists (
  select 1 from public.claim_publications later
  where later.claim_id = p.claim_id and later.revision > p.revision
);

comment on view public.latest_claim_publications is
  'The latest publication of each claim (what the public sees of it now: its verdict, or its retraction), with when it was first published. Security invoker: publications are everyone''s to read.';

revoke all on public.latest_claim_publications from public, anon, authenticated, service_role;
grant select on public.latest_claim_publications to anon, authenticated;

-- The verdicts a newsroom's fact-checks carry now, as they were labelled when published, with
-- how many carry each: the public index's verdict filter offers these (a verdict since renamed
-- or retired is still the label readers saw).
create view public.newsroom_published_verdicts
with (security_invoker = true)
as
select
  l.newsroom_id,
  l.verdict_label,
  max(l.verdict_rating_value) as verdict_rating_value,
  count(*)::integer as fact_checks
from public.latest_claim_publications l
where l.verdict_label is not null
group by l.newsroom_id, l.verdict_label;

comment on view public.newsroom_published_verdicts is
  'For each newsroom, the verdict labels its fact-checks carry in their latest publication and how many carry each (retractions carry none). Security invoker.';

revoke all on public.newsroom_published_verdicts from public, anon, authenticated, service_role;
grant select on public.newsroom_published_verdicts to anon, authenticated;
