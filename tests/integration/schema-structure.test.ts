// House rules for the schema, checked on the catalogs of the migrated database: RLS and a
// comment on every table, policies per role and operation, role helpers per newsroom asked
// through sub-selects, locked-down security definer functions (in public only the RPCs the
// app calls, helpers in private, which the API does not serve), indexes under every foreign
// key, and no global role left.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withDb } from '../support/clients.ts';

async function query<T>(sql: string): Promise<T[]> {
  return withDb(async (db) => (await db.query(sql)).rows as T[]);
}

/**
 * A policy expression with every `( SELECT auth.uid() AS uid)` and `( SELECT private.f(…) AS f)`
 * taken out (arguments may nest calls), so what is left must not call either bare.
 */
function withoutSubSelectedCalls(expression: string): string {
  const opening = /\( SELECT (auth\.uid|private\.\w+)\(/g;
  let result = '';
  let from = 0;
  for (let match = opening.exec(expression); match !== null; match = opening.exec(expression)) {
    if (match.index < from) continue;
    let depth = 1;
    let index = match.index + match[0].length;
    for (; index < expression.length && depth > 0; index += 1) {
      if (expression[index] === '(') depth += 1;
      else if (expression[index] === ')') depth -= 1;
    }
    const tail = /^ AS \w+\)/.exec(expression.slice(index));
    if (depth !== 0 || tail === null) continue;
    result += expression.slice(from, match.index);
    from = index + tail[0].length;
    opening.lastIndex = from;
  }
  return result + expression.slice(from);
}

describe('tables', () => {
  it('every public table has row-level security enabled and a comment', async () => {
    const tables = await query<{ name: string; rls: boolean; comment: string | null }>(
      `select c.relname as name, c.relrowsecurity as rls, obj_description(c.oid, 'pg_class') as comment
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    expect(tables.map((t) => t.name)).toEqual([
      'article_revisions',
      'articles',
      'claim_comments',
      'claim_events',
      'claim_publications',
      'claims',
      'newsroom_invitations',
      'newsroom_member_events',
      'newsroom_members',
      'newsrooms',
      'notifications',
      'profiles',
      'sources',
      'verdicts',
    ]);
    for (const table of tables) {
      expect(table.rls, `${table.name} has RLS`).toBe(true);
      expect(table.comment, `${table.name} has a comment`).toBeTruthy();
    }
  });

  it('every foreign key column is indexed', async () => {
    const unindexed = await query<{ table: string; column: string }>(
      `select c.conrelid::regclass::text as table, a.attname as column
       from pg_constraint c
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       where c.contype = 'f' and c.connamespace = 'public'::regnamespace
         and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])`,
    );
    expect(unindexed).toEqual([]);
  });
});

describe('policies', () => {
  it('are per operation and role: never FOR ALL, only to anon or authenticated', async () => {
    const policies = await query<{ table: string; name: string; cmd: string; roles: string[] }>(
      `select tablename as table, policyname as name, cmd, roles::text[] as roles from pg_policies where schemaname = 'public'`,
    );
    expect(policies.length).toBeGreaterThan(20);
    for (const policy of policies) {
      expect(policy.cmd, `${policy.table}: ${policy.name}`).not.toBe('ALL');
      expect(policy.roles.length, `${policy.table}: ${policy.name}`).toBe(1);
      expect(['anon', 'authenticated']).toContain(policy.roles[0]);
    }
    const pairs = policies.map((p) => `${p.table}/${p.cmd}/${p.roles[0]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('call auth.uid() and the private helpers only through a sub-select', async () => {
    const expressions = await query<{ name: string; expression: string }>(
      `select policyname as name, coalesce(qual, '') || ' ' || coalesce(with_check, '') as expression
       from pg_policies where schemaname = 'public'`,
    );
    expect(expressions.some(({ expression }) => expression.includes('private.has_newsroom_role('))).toBe(true);
    for (const { name, expression } of expressions) {
      expect(withoutSubSelectedCalls(expression), name).not.toMatch(/auth\.uid\(\)|private\.|has_role\(/);
    }
  });

  // realtime.messages is Supabase's (stack/sql/realtime.sql stands in for it); the policies
  // on it are ours (supabase/migrations) and follow the same rules.
  it('on realtime.messages: one per operation, to authenticated, helpers and the topic through sub-selects', async () => {
    const policies = await query<{ name: string; cmd: string; roles: string[]; expression: string }>(
      `select policyname as name, cmd, roles::text[] as roles, coalesce(qual, '') || ' ' || coalesce(with_check, '') as expression
       from pg_policies where schemaname = 'realtime' and tablename = 'messages' order by cmd`,
    );
    expect(policies.map((p) => [p.cmd, p.roles])).toEqual([
      ['INSERT', ['authenticated']],
      ['SELECT', ['authenticated']],
    ]);
    for (const { name, expression } of policies) {
      expect(expression, name).toContain('( SELECT realtime.topic() AS topic)');
      expect(expression, name).toMatch(/extension = ANY \(ARRAY\['broadcast'::text, 'presence'::text\]\)/);
      expect(withoutSubSelectedCalls(expression), name).not.toMatch(/auth\.uid\(\)|private\./);
    }
  });

  it('ask for roles in the row\'s newsroom, never for a global role', async () => {
    const [left] = await query<{ role_column: boolean; has_role: string | null }>(
      `select exists (select 1 from information_schema.columns where table_schema = 'public' and table_name = 'profiles' and column_name = 'role') as role_column,
         to_regprocedure('private.has_role(text)')::text as has_role`,
    );
    expect(left).toEqual({ role_column: false, has_role: null });
  });

  it('anonymous policies read only newsrooms, verdicts and published work', async () => {
    const anonymous = await query<{ table: string; cmd: string }>(
      `select tablename as table, cmd from pg_policies where schemaname = 'public' and 'anon' = any(roles) order by 1`,
    );
    expect(anonymous).toEqual([
      { table: 'article_revisions', cmd: 'SELECT' },
      { table: 'articles', cmd: 'SELECT' },
      { table: 'claim_publications', cmd: 'SELECT' },
      { table: 'claims', cmd: 'SELECT' },
      { table: 'newsrooms', cmd: 'SELECT' },
      { table: 'sources', cmd: 'SELECT' },
      { table: 'verdicts', cmd: 'SELECT' },
    ]);
  });
});

describe('functions', () => {
  // PostgREST offers every function in public as an RPC: a security definer function there
  // must be one the app calls and must check its caller itself.
  it('security definer in public only for the RPCs the app calls, each with an empty search_path', async () => {
    const definers = await query<{ name: string; config: string[] | null }>(
      `select p.proname as name, p.proconfig as config
       from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prosecdef order by 1`,
    );
    expect(definers.map((f) => f.name)).toEqual([
      'accept_invitation',
      'confirm_quote',
      'create_newsroom',
      'delete_claim',
      'discard_correction',
      'invite_member',
      'list_members',
      'public_article_body',
      'publish_claim',
      'remove_member',
      'retract_claim',
      'review_claim',
      'revoke_invitation',
      'save_article_text',
      'set_member_role',
      'start_correction',
      'submit_claim',
      'withdraw_claim',
    ]);
    for (const fn of definers) expect(fn.config, fn.name).toEqual(['search_path=""']);
  });

  it('the helpers live in private, each with an empty search_path, none callable by anonymous callers', async () => {
    const helpers = await query<{ name: string; definer: boolean; immutable: boolean; config: string[] | null; anon: boolean; public: boolean }>(
      `select p.oid::regprocedure::text as name, p.prosecdef as definer, p.provolatile = 'i' as immutable, p.proconfig as config,
         has_function_privilege('anon', p.oid, 'execute') as anon,
         exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a where a.grantee = 0) as public
       from pg_proc p where p.pronamespace = 'private'::regnamespace order by 1`,
    );
    expect(helpers.map((f) => f.name)).toEqual([
      'private.advance_claim_version()',
      'private.article_newsroom(uuid)',
      'private.article_text_of(jsonb)',
      'private.bound_sources_per_claim()',
      'private.broadcast_change()',
      'private.broadcast_notification()',
      'private.caller_email()',
      'private.changed_since_submission(uuid,uuid)',
      'private.check_article_text()',
      'private.claim_newsroom(uuid)',
      'private.claim_thread_counts(uuid)',
      'private.create_profile_for_new_user()',
      'private.default_verdict_scale()',
      'private.guard_article_deletion()',
      'private.guard_correction_fields()',
      'private.guard_source_change()',
      'private.has_newsroom_role(uuid,text)',
      'private.has_visible_text(text)',
      'private.is_article_document(jsonb)',
      'private.is_article_node(jsonb,text[])',
      'private.keep_creation_stamp()',
      'private.may_read_realtime_topic(text)',
      'private.may_write_realtime_topic(text)',
      'private.name_event_actor()',
      'private.newsroom_article_claim_counts(uuid,boolean,text,uuid,integer)',
      'private.newsroom_article_count(uuid,text)',
      'private.newsroom_claim_counts(uuid,uuid)',
      'private.newsroom_role(uuid)',
      'private.notify(uuid[],text,uuid,uuid,text)',
      'private.notify_on_comment()',
      'private.notify_on_decision()',
      'private.one_claim_per_statement()',
      'private.one_row_per_request()',
      'private.record_claim_change()',
      'private.record_claim_deletion()',
      'private.record_invitation_change()',
      'private.record_membership_change()',
      'private.record_publication(uuid,text,text,uuid)',
      'private.record_source_change()',
      'private.recount_claim_tallies()',
      'private.recount_claim_tallies_after_truncate()',
      'private.refuse_trail_change()',
      'private.retire_profile_of_deleted_user()',
      'private.revision_author(claims)',
      'private.sentence_around(text,integer,integer)',
      'private.shares_newsroom_with(uuid)',
      'private.stamp_creation()',
      'private.tally_claim_changes()',
      'private.tally_claims(jsonb)',
      'private.text_at(text,integer,integer)',
      'private.textblocks_of(jsonb)',
      'private.untally_article_claims()',
      'private.utf16_view(text)',
      'private.verdict_newsroom(text)',
    ]);
    // Security definer, but for pure functions (immutable: the default scale, text and document
    // functions, with nothing to read) and the trigger functions that judge the request by its
    // own role (current_user), or that have nothing to read or write.
    const invokerTriggers = new Set([
      'private.advance_claim_version()',
      'private.bound_sources_per_claim()',
      'private.check_article_text()',
      'private.guard_article_deletion()',
      'private.guard_correction_fields()',
      'private.guard_source_change()',
      'private.keep_creation_stamp()',
      'private.one_claim_per_statement()',
      'private.one_row_per_request()',
      'private.refuse_trail_change()',
      'private.stamp_creation()',
    ]);
    for (const fn of helpers) {
      expect(fn, fn.name).toMatchObject({
        definer: !fn.immutable && !invokerTriggers.has(fn.name),
        config: ['search_path=""'],
        anon: false,
        public: false,
      });
    }
  });

  it('no function or policy still refers to public.has_role, which is gone', async () => {
    const [left] = await query<{ has_role: string | null; bodies: string[]; policies: string[] }>(
      `select to_regprocedure('public.has_role(text)')::text as has_role,
         array(select p.oid::regprocedure::text from pg_proc p
               where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
                 and p.prosrc ~ 'public\\.has_role') as bodies,
         array(select policyname::text from pg_policies
               where coalesce(qual, '') || coalesce(with_check, '') ~ '(^|[^.])\\mhas_role\\(') as policies`,
    );
    expect(left).toEqual({ has_role: null, bodies: [], policies: [] });
  });

  it('the workflow and membership functions are callable by signed-in users only; the role helpers are not reachable by anonymous callers', async () => {
    const grants = await query<{ fn: string; anon: boolean; authenticated: boolean; public: boolean }>(
      `select f as fn,
         has_function_privilege('anon', f, 'execute') as anon,
         has_function_privilege('authenticated', f, 'execute') as authenticated,
         exists (select 1 from aclexplode((select proacl from pg_proc where oid = f::regprocedure)) a where a.grantee = 0) as public
       from unnest(array['public.submit_claim(uuid,integer)', 'public.review_claim(uuid,text,text,integer)',
                         'public.publish_claim(uuid,integer)', 'public.create_newsroom(text,text)',
                         'public.invite_member(uuid,text,text)', 'public.revoke_invitation(uuid)',
                         'public.accept_invitation(uuid)', 'public.set_member_role(uuid,uuid,text)',
                         'public.remove_member(uuid,uuid)', 'public.list_members(uuid)', 'public.may_edit_claim(uuid,uuid,text)',
                         'public.delete_claim(uuid,text)', 'public.approval_blocker(uuid)', 'public.confirm_quote(uuid,integer)',
                         'public.withdraw_claim(uuid,integer)', 'private.changed_since_submission(uuid,uuid)',
                         'private.has_newsroom_role(uuid,text)', 'private.newsroom_role(uuid)',
                         'private.article_newsroom(uuid)', 'private.claim_newsroom(uuid)',
                         'private.caller_email()', 'private.shares_newsroom_with(uuid)']) f`,
    );
    for (const grant of grants) expect(grant, grant.fn).toMatchObject({ anon: false, authenticated: true, public: false });
  });

  it('the private schema is usable by signed-in callers and the service role, not by anonymous ones', async () => {
    const [usage] = await query<{ anon: boolean; authenticated: boolean; service_role: boolean }>(
      `select has_schema_privilege('anon', 'private', 'usage') as anon,
         has_schema_privilege('authenticated', 'private', 'usage') as authenticated,
         has_schema_privilege('service_role', 'private', 'usage') as service_role`,
    );
    expect(usage).toEqual({ anon: false, authenticated: true, service_role: true });
  });
});

describe('migrations', () => {
  it('are all recorded as the Supabase CLI records them', async () => {
    const files = readdirSync(new URL('../../supabase/migrations/', import.meta.url)).filter((f) => f.endsWith('.sql')).sort();
    const recorded = await query<{ version: string; name: string }>(
      'select version, name from supabase_migrations.schema_migrations order by version',
    );
    expect(recorded.map((m) => `${m.version}_${m.name}.sql`)).toEqual(files);
  });
});
