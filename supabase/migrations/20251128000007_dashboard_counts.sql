-- Claim counts for the dashboard: one row per article, status and verdict with how many
-- claims share them, so the whole dashboard is one request instead of loading claim by
-- claim. security_invoker makes the view read claims and articles with the caller's
-- rights, so it never counts a row the caller could not select; anonymous callers get no
-- access at all (the public page counts nothing).

create view public.claim_counts_by_article
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
  count(*)::integer as claims
from public.claims c
join public.articles a on a.id = c.article_id
left join public.verdicts v on v.id = c.verdict_id
group by a.id, a.title, c.status, c.verdict_id, v.label, v.color, v.sort;

comment on view public.claim_counts_by_article is
  'How many claims each article has per status and verdict (verdict_id null: no verdict yet), with the verdict''s label, colour and sort order. Security invoker: counts only claims the caller may read. Signed-in users only.';

revoke all on public.claim_counts_by_article from public, anon, authenticated, service_role;
grant select on public.claim_counts_by_article to authenticated;
