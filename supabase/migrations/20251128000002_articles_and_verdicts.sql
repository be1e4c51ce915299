-- Articles (the texts that claims annotate) and the verdict scale. The scale is inserted
-- here rather than in seed.sql so that a hosted project gets it with `supabase db push`.

create table public.articles (
  id uuid primary key default gen_random_uuid(),
  title text not null
    constraint articles_title_must_be_1_to_500_characters
      check (char_length(title) between 1 and 500 and title ~ '\S'),
  url text
    constraint articles_url_must_be_http_or_https
      check (url ~* '^https?://[^[:space:]/?#]+[^[:space:]]*$')
    constraint articles_url_must_be_at_most_2048_characters
      check (char_length(url) <= 2048),
  publisher text
    constraint articles_publisher_must_be_at_most_500_characters
      check (char_length(publisher) <= 500),
  published_at date,
  body jsonb not null default '{"type": "doc", "content": []}'::jsonb
    constraint articles_body_must_be_a_tiptap_doc
      check (jsonb_typeof(body) = 'object' and body ->> 'type' = 'doc'),
  body_text text not null default ''
    constraint articles_body_text_must_be_at_most_1000000_characters
      check (char_length(body_text) <= 1000000),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

comment on table public.articles is
  'News articles to fact-check. body is the Tiptap/ProseMirror document; body_text is its plain text (textblocks joined by "\n\n", as Tiptap''s getText does), which claim offsets index into.';
comment on column public.articles.body_text is
  'Plain text of body: the text of each textblock joined by a two-character "\n\n" separator. Claim start_offset/end_offset count characters (code points) of this text.';

alter table public.articles enable row level security;

create index articles_created_by_idx on public.articles (created_by);

create function public.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

create trigger touch_updated_at
  before update on public.articles
  for each row execute function public.touch_updated_at();

create table public.verdicts (
  id text primary key
    constraint verdicts_id_must_be_a_lowercase_slug check (id ~ '^[a-z][a-z_]*$'),
  label text not null,
  description text not null,
  rating_value integer
    constraint verdicts_rating_value_must_be_1_to_5 check (rating_value between 1 and 5),
  sort integer not null unique,
  color text not null
    constraint verdicts_color_must_be_a_hex_colour check (color ~ '^#[0-9a-f]{6}$')
);

comment on table public.verdicts is
  'The verdict scale. rating_value follows schema.org ClaimReview (5 = true .. 1 = false; null where the scale does not apply); color has at least 4.5:1 contrast against white.';

alter table public.verdicts enable row level security;

insert into public.verdicts (id, label, description, rating_value, sort, color) values
  ('true', 'True', 'The statement is accurate and nothing significant is missing.', 5, 1, '#15803d'),
  ('mostly_true', 'Mostly true', 'The statement is accurate but needs clarification or additional information.', 4, 2, '#4d7c0f'),
  ('half_true', 'Half true', 'The statement is partially accurate but leaves out important details or takes things out of context.', 3, 3, '#a16207'),
  ('mostly_false', 'Mostly false', 'The statement contains an element of truth but ignores facts that would give a different impression.', 2, 4, '#c2410c'),
  ('false', 'False', 'The statement is not accurate.', 1, 5, '#b91c1c'),
  ('misleading', 'Misleading', 'The statement may contain accurate facts but is presented in a way that gives a false impression.', null, 6, '#6e40c9'),
  ('unverifiable', 'Unverifiable', 'The available evidence is not enough to establish whether the statement is true or false.', null, 7, '#57606a');

create policy "anyone reads verdicts"
  on public.verdicts for select
  to anon
  using (true);

create policy "signed-in users read verdicts"
  on public.verdicts for select
  to authenticated
  using (true);

create policy "admins add verdicts"
  on public.verdicts for insert
  to authenticated
  with check ((select public.has_role('admin')));

create policy "admins change verdicts"
  on public.verdicts for update
  to authenticated
  using ((select public.has_role('admin')))
  with check ((select public.has_role('admin')));

create policy "admins delete verdicts"
  on public.verdicts for delete
  to authenticated
  using ((select public.has_role('admin')));
