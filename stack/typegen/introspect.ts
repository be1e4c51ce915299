// Reads what the TypeScript types describe from the live database's catalogs: tables,
// views, columns, foreign keys, functions, enums and composite types of one schema.
import type pg from 'pg';

export interface ColumnInfo {
  tableId: number;
  name: string;
  typeName: string;
  isNullable: boolean;
  hasDefault: boolean;
  identity: '' | 'a' | 'd';
  isGenerated: boolean;
}

export interface RelationInfo {
  id: number;
  name: string;
  kind: 'table' | 'view';
  columns: ColumnInfo[];
}

export interface RelationshipInfo {
  foreignKeyName: string;
  relation: string;
  columns: string[];
  isOneToOne: boolean;
  referencedRelation: string;
  referencedColumns: string[];
}

export interface FunctionArg {
  name: string;
  typeName: string;
  hasDefault: boolean;
}

export interface FunctionInfo {
  name: string;
  args: FunctionArg[];
  tableArgs: FunctionArg[];
  returnTypeName: string;
  returnRelationId: number;
  returnsSet: boolean;
}

export interface SchemaInfo {
  name: string;
  relations: RelationInfo[];
  relationships: RelationshipInfo[];
  functions: FunctionInfo[];
  enums: { name: string; values: string[] }[];
  compositeTypes: { name: string; attributes: { name: string; typeName: string }[] }[];
}

export async function introspectSchema(client: pg.Client, schema: string): Promise<SchemaInfo> {
  const relations = await client.query<{ id: number; name: string; relkind: string }>(
    `select c.oid::int as id, c.relname as name, c.relkind::text as relkind
     from pg_catalog.pg_class c
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relkind in ('r', 'p', 'f', 'v', 'm') and not c.relispartition
     order by c.relname`,
    [schema],
  );
  const columns = await client.query<{
    table_id: number;
    name: string;
    type_name: string;
    not_null: boolean;
    has_default: boolean;
    identity: '' | 'a' | 'd';
    generated: string;
  }>(
    `select a.attrelid::int as table_id, a.attname as name,
       case when t.typtype = 'd' then bt.typname else t.typname end as type_name,
       a.attnotnull as not_null, a.atthasdef as has_default,
       a.attidentity::text as identity, a.attgenerated::text as generated
     from pg_catalog.pg_attribute a
     join pg_catalog.pg_class c on c.oid = a.attrelid
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     join pg_catalog.pg_type t on t.oid = a.atttypid
     left join pg_catalog.pg_type bt on bt.oid = t.typbasetype
     where n.nspname = $1 and c.relkind in ('r', 'p', 'f', 'v', 'm')
       and a.attnum > 0 and not a.attisdropped`,
    [schema],
  );
  const relationships = await client.query<{
    foreign_key_name: string;
    relation: string;
    columns: string[];
    is_one_to_one: boolean;
    referenced_relation: string;
    referenced_columns: string[];
  }>(
    `select con.conname as foreign_key_name, c.relname as relation,
       array(select a.attname from unnest(con.conkey) with ordinality k(attnum, i)
             join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
             order by k.i)::text[] as columns,
       exists (select 1 from pg_catalog.pg_constraint u
               where u.conrelid = con.conrelid and u.contype in ('p', 'u')
                 and u.conkey::int2[] @> con.conkey::int2[] and u.conkey::int2[] <@ con.conkey::int2[]) as is_one_to_one,
       rc.relname as referenced_relation,
       array(select a.attname from unnest(con.confkey) with ordinality k(attnum, i)
             join pg_catalog.pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum
             order by k.i)::text[] as referenced_columns
     from pg_catalog.pg_constraint con
     join pg_catalog.pg_class c on c.oid = con.conrelid
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     join pg_catalog.pg_class rc on rc.oid = con.confrelid
     join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
     where con.contype = 'f' and n.nspname = $1 and rn.nspname = $1`,
    [schema],
  );
  const functions = await client.query<FunctionRow>(
    `select p.proname as name, p.proargnames as arg_names, p.proargmodes::text[] as arg_modes,
       array(select t.typname from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality a(oid, i)
             join pg_catalog.pg_type t on t.oid = a.oid order by a.i)::text[] as arg_types,
       p.pronargs::int as input_arg_count, p.pronargdefaults::int as default_count,
       rt.typname as return_type_name, rt.typrelid::int as return_relation_id, p.proretset as returns_set
     from pg_catalog.pg_proc p
     join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     join pg_catalog.pg_type rt on rt.oid = p.prorettype
     where n.nspname = $1 and p.prokind = 'f' and rt.typname not in ('trigger', 'event_trigger')
     order by p.proname, p.oid`,
    [schema],
  );
  const enums = await client.query<{ name: string; values: string[] }>(
    `select t.typname as name, array_agg(e.enumlabel order by e.enumsortorder)::text[] as values
     from pg_catalog.pg_type t
     join pg_catalog.pg_namespace n on n.oid = t.typnamespace
     join pg_catalog.pg_enum e on e.enumtypid = t.oid
     where n.nspname = $1
     group by t.typname`,
    [schema],
  );
  const composites = await client.query<{ name: string; attributes: { name: string; typeName: string }[] }>(
    `select t.typname as name,
       coalesce(json_agg(json_build_object('name', a.attname, 'typeName', at.typname) order by a.attnum)
         filter (where a.attname is not null), '[]') as attributes
     from pg_catalog.pg_type t
     join pg_catalog.pg_namespace n on n.oid = t.typnamespace
     join pg_catalog.pg_class c on c.oid = t.typrelid and c.relkind = 'c'
     left join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     left join pg_catalog.pg_type at on at.oid = a.atttypid
     where n.nspname = $1
     group by t.typname`,
    [schema],
  );

  const columnsByTable = new Map<number, ColumnInfo[]>();
  for (const row of columns.rows) {
    const list = columnsByTable.get(row.table_id) ?? [];
    list.push({
      tableId: row.table_id,
      name: row.name,
      typeName: row.type_name,
      isNullable: !row.not_null,
      hasDefault: row.has_default && row.generated === '',
      identity: row.identity,
      isGenerated: row.generated !== '',
    });
    columnsByTable.set(row.table_id, list);
  }

  return {
    name: schema,
    relations: relations.rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.relkind === 'v' || row.relkind === 'm' ? 'view' : 'table',
      columns: columnsByTable.get(row.id) ?? [],
    })),
    relationships: relationships.rows.map((row) => ({
      foreignKeyName: row.foreign_key_name,
      relation: row.relation,
      columns: row.columns,
      isOneToOne: row.is_one_to_one,
      referencedRelation: row.referenced_relation,
      referencedColumns: row.referenced_columns,
    })),
    functions: functions.rows.map((row) => functionInfo(row)),
    enums: enums.rows,
    compositeTypes: composites.rows,
  };
}

/** A function as pg_proc describes it, before its arguments are paired with their names. */
interface FunctionRow {
  name: string;
  arg_names: string[] | null;
  arg_modes: string[] | null;
  arg_types: string[];
  input_arg_count: number;
  default_count: number;
  return_type_name: string;
  return_relation_id: number;
  returns_set: boolean;
}

function functionInfo(row: FunctionRow): FunctionInfo {
  const all = row.arg_types.map((typeName, i) => ({
    name: row.arg_names?.[i] ?? '',
    typeName,
    mode: row.arg_modes?.[i] ?? 'i',
  }));
  const inputs = all.filter((arg) => arg.mode === 'i' || arg.mode === 'b' || arg.mode === 'v');
  const firstDefault = row.input_arg_count - row.default_count;
  return {
    name: row.name,
    args: inputs.map((arg, i) => ({ name: arg.name, typeName: arg.typeName, hasDefault: i >= firstDefault })),
    tableArgs: all
      .filter((arg) => arg.mode === 't')
      .map((arg) => ({ name: arg.name, typeName: arg.typeName, hasDefault: false })),
    returnTypeName: row.return_type_name,
    returnRelationId: row.return_relation_id,
    returnsSet: row.returns_set,
  };
}
