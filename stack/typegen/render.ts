// Renders introspected schemas in the format of `supabase gen types typescript` (as
// prettier leaves it), so createClient<Database> gets the same typing as with the CLI.
import type { ColumnInfo, FunctionInfo, RelationInfo, SchemaInfo } from './introspect.ts';
import { helperTypes } from './helper-types.ts';

const printWidth = 80;

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function tsType(typeName: string, schema: SchemaInfo): string {
  if (typeName === 'bool') return 'boolean';
  if (['int2', 'int4', 'int8', 'float4', 'float8', 'numeric'].includes(typeName)) return 'number';
  if (
    ['bytea', 'bpchar', 'varchar', 'date', 'text', 'citext', 'time', 'timetz', 'timestamp', 'timestamptz', 'uuid', 'vector'].includes(
      typeName,
    )
  ) {
    return 'string';
  }
  if (typeName === 'json' || typeName === 'jsonb') return 'Json';
  if (typeName === 'void') return 'undefined';
  if (typeName === 'record') return 'Record<string, unknown>';
  if (typeName.startsWith('_')) return `${tsType(typeName.slice(1), schema)}[]`;
  const schemaKey = JSON.stringify(schema.name);
  if (schema.enums.some((e) => e.name === typeName)) {
    return `Database[${schemaKey}]["Enums"][${JSON.stringify(typeName)}]`;
  }
  if (schema.compositeTypes.some((c) => c.name === typeName)) {
    return `Database[${schemaKey}]["CompositeTypes"][${JSON.stringify(typeName)}]`;
  }
  const relation = schema.relations.find((r) => r.name === typeName);
  if (relation) {
    const group = relation.kind === 'table' ? 'Tables' : 'Views';
    return `Database[${schemaKey}][${JSON.stringify(group)}][${JSON.stringify(typeName)}]["Row"]`;
  }
  return 'unknown';
}

/** An object type: on one line when it fits, otherwise one member per line. */
function objectType(members: string[], indent: string, prefix: string, forceExpanded = false): string[] {
  if (members.length === 0) return [`${indent}${prefix}{}`];
  const oneLine = `${indent}${prefix}{ ${members.join('; ')} }`;
  if (!forceExpanded && oneLine.length <= printWidth) return [oneLine];
  return [`${indent}${prefix}{`, ...members.map((m) => `${indent}  ${m}`), `${indent}}`];
}

/** One of a schema's groups (Tables, Views, Functions…): `[_ in never]: never` when it is empty, as the CLI writes it. */
function group(indent: string, label: string, entries: string[]): string[] {
  return [`${indent}${label}: {`, ...(entries.length === 0 ? [`${indent}  [_ in never]: never`] : entries), `${indent}}`];
}

function byName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}

function rowMembers(columns: ColumnInfo[], schema: SchemaInfo): string[] {
  return byName(columns).map((c) => `${key(c.name)}: ${tsType(c.typeName, schema)}${c.isNullable ? ' | null' : ''}`);
}

function writeMembers(columns: ColumnInfo[], schema: SchemaInfo, insert: boolean): string[] {
  return byName(columns).map((c) => {
    if (c.identity === 'a' || c.isGenerated) return `${key(c.name)}?: never`;
    const optional = !insert || c.isNullable || c.identity !== '' || c.hasDefault;
    return `${key(c.name)}${optional ? '?' : ''}: ${tsType(c.typeName, schema)}${c.isNullable ? ' | null' : ''}`;
  });
}

function relationLines(relation: RelationInfo, schema: SchemaInfo, indent: string): string[] {
  const lines = [`${indent}${key(relation.name)}: {`];
  const inner = `${indent}  `;
  lines.push(...objectType(rowMembers(relation.columns, schema), inner, 'Row: ', true));
  if (relation.kind === 'table') {
    lines.push(...objectType(writeMembers(relation.columns, schema, true), inner, 'Insert: ', true));
    lines.push(...objectType(writeMembers(relation.columns, schema, false), inner, 'Update: ', true));
  }
  const relationships = schema.relationships
    .filter((r) => r.relation === relation.name)
    .sort(
      (a, b) =>
        a.foreignKeyName.localeCompare(b.foreignKeyName) ||
        a.referencedRelation.localeCompare(b.referencedRelation) ||
        JSON.stringify(a.referencedColumns).localeCompare(JSON.stringify(b.referencedColumns)),
    );
  if (relationships.length === 0) {
    lines.push(`${inner}Relationships: []`);
  } else {
    lines.push(`${inner}Relationships: [`);
    for (const r of relationships) {
      lines.push(
        `${inner}  {`,
        `${inner}    foreignKeyName: ${JSON.stringify(r.foreignKeyName)}`,
        `${inner}    columns: ${JSON.stringify(r.columns).replaceAll(',', ', ')}`,
        `${inner}    isOneToOne: ${r.isOneToOne}`,
        `${inner}    referencedRelation: ${JSON.stringify(r.referencedRelation)}`,
        `${inner}    referencedColumns: ${JSON.stringify(r.referencedColumns).replaceAll(',', ', ')}`,
        `${inner}  },`,
      );
    }
    lines.push(`${inner}]`);
  }
  lines.push(`${indent}}`);
  return lines;
}

function functionLines(name: string, overloads: FunctionInfo[], schema: SchemaInfo, indent: string): string[] {
  const inner = `${indent}  `;
  const lines = [`${indent}${key(name)}: {`];
  const argTypes = overloads.map((fn) =>
    fn.args.length === 0
      ? null
      : byName(fn.args).map((a) => `${key(a.name)}${a.hasDefault ? '?' : ''}: ${tsType(a.typeName, schema)}`),
  );
  if (argTypes.length === 1) {
    const members = argTypes[0];
    lines.push(members ? objectType(members, inner, 'Args: ').join('\n') : `${inner}Args: never`);
  } else {
    lines.push(`${inner}Args:`);
    for (const members of argTypes) {
      lines.push(members ? objectType(members, `${inner}  `, '| ').join('\n') : `${inner}  | never`);
    }
  }
  const first = overloads[0];
  if (!first) throw new Error(`no definition for function ${name}`);
  const suffix = first.returnsSet ? '[]' : '';
  const relation = schema.relations.find((r) => r.id === first.returnRelationId);
  if (first.tableArgs.length > 0) {
    const members = first.tableArgs.map((a) => `${key(a.name)}: ${tsType(a.typeName, schema)}`);
    const block = objectType(members, inner, 'Returns: ', true);
    block[block.length - 1] += suffix;
    lines.push(...block);
  } else if (relation) {
    const block = objectType(rowMembers(relation.columns, schema), inner, 'Returns: ', true);
    block[block.length - 1] += suffix;
    lines.push(...block);
    lines.push(
      `${inner}SetofOptions: {`,
      `${inner}  from: "*"`,
      `${inner}  to: ${JSON.stringify(relation.name)}`,
      `${inner}  isOneToOne: ${!first.returnsSet}`,
      `${inner}  isSetofReturn: ${first.returnsSet}`,
      `${inner}}`,
    );
  } else {
    lines.push(`${inner}Returns: ${tsType(first.returnTypeName, schema)}${suffix}`);
  }
  lines.push(`${indent}}`);
  return lines;
}

function schemaLines(schema: SchemaInfo): string[] {
  const indent = '    ';
  const inner = `${indent}  `;
  const relations = (kind: RelationInfo['kind']) =>
    byName(schema.relations.filter((r) => r.kind === kind)).flatMap((relation) => relationLines(relation, schema, inner));
  const functions = new Map<string, FunctionInfo[]>();
  for (const fn of byName(schema.functions)) {
    if (fn.args.some((a) => a.name === '') && fn.args.length > 1) continue;
    functions.set(fn.name, [...(functions.get(fn.name) ?? []), fn]);
  }
  const enums = byName(schema.enums).map((e) => `${inner}${key(e.name)}: ${e.values.map((v) => JSON.stringify(v)).join(' | ')}`);
  const composites = byName(schema.compositeTypes).flatMap((c) =>
    objectType(
      c.attributes.map((a) => `${key(a.name)}: ${tsType(a.typeName, schema)} | null`),
      inner,
      `${key(c.name)}: `,
      true,
    ),
  );
  return [
    `  ${key(schema.name)}: {`,
    ...group(indent, 'Tables', relations('table')),
    ...group(indent, 'Views', relations('view')),
    ...group(indent, 'Functions', [...functions].flatMap(([name, overloads]) => functionLines(name, overloads, schema, inner))),
    ...group(indent, 'Enums', enums),
    ...group(indent, 'CompositeTypes', composites),
    '  }',
  ];
}

export function renderDatabaseTypes(schemas: SchemaInfo[], postgrestVersion = '12'): string {
  const sorted = byName(schemas);
  const constants = sorted.flatMap((schema) => {
    const enums = byName(schema.enums);
    return [
      `  ${key(schema.name)}: {`,
      enums.length === 0 ? '    Enums: {},' : '    Enums: {',
      ...(enums.length === 0
        ? []
        : [...enums.map((e) => `      ${key(e.name)}: [${e.values.map((v) => JSON.stringify(v)).join(', ')}],`), '    },']),
      '  },',
    ];
  });
  return [
    '// Generated from the live database by stack/typegen (npm run db:types); do not edit by hand.',
    '// Same format as `supabase gen types typescript`; a test compares it with the schema.',
    'export type Json =',
    '  | string',
    '  | number',
    '  | boolean',
    '  | null',
    '  | { [key: string]: Json | undefined }',
    '  | Json[]',
    '',
    'export type Database = {',
    '  // Allows to automatically instantiate createClient with right options',
    "  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)",
    '  __InternalSupabase: {',
    `    PostgrestVersion: ${JSON.stringify(postgrestVersion)}`,
    '  }',
    ...sorted.flatMap((schema) => schemaLines(schema)),
    '}',
    '',
    helperTypes(sorted[0]?.name ?? 'public'),
    'export const Constants = {',
    ...constants,
    '} as const',
    '',
  ].join('\n');
}
