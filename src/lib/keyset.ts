// Keyset pagination over PostgREST: a list is ordered by one or more columns ending with a
// unique one (the id), and the next page is the rows after the last one shown, asked for with
// an `or=(…)` filter. Unlike an offset, a deep page costs what the first does (an index seek)
// and rows added or removed meanwhile neither repeat nor skip a row.

/** One column of a keyset order. The last column of an order must be unique and not null. */
export interface KeysetColumn {
  column: string;
  ascending: boolean;
  /** Where nulls sort, for a nullable column; PostgreSQL's default is last ascending, first descending. */
  nullsFirst?: boolean;
  nullable?: boolean;
}

export type KeysetValue = string | number | null;

/** How many rows a page shows. */
export const pageSize = 50;

// Values go in double quotes so that the commas, dots, colons and parentheses of timestamps
// and titles are never read as PostgREST's syntax.
function quoted(value: string | number): string {
  return `"${String(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function equalTo(column: KeysetColumn, value: KeysetValue): string {
  return value === null ? `${column.column}.is.null` : `${column.column}.eq.${quoted(value)}`;
}

function nullsFirst(column: KeysetColumn): boolean {
  return column.nullsFirst ?? !column.ascending;
}

// The conditions under which a row comes after `value` on this column alone (none: nothing does).
function afterOn(column: KeysetColumn, value: KeysetValue): string[] {
  if (value === null) return nullsFirst(column) ? [`${column.column}.not.is.null`] : [];
  const beyond = `${column.column}.${column.ascending ? 'gt' : 'lt'}.${quoted(value)}`;
  return column.nullable === true && !nullsFirst(column) ? [beyond, `${column.column}.is.null`] : [beyond];
}

/**
 * The PostgREST logic tree (for `.or(…)`) that keeps the rows strictly after the row whose
 * values in `order` are `after`: equal on the first k−1 columns and beyond it on the k-th.
 */
export function keysetFilter(order: readonly KeysetColumn[], after: readonly KeysetValue[]): string {
  if (order.length === 0 || order.length !== after.length) {
    throw new Error(`A keyset of ${order.length} columns needs as many values, not ${after.length}.`);
  }
  const branches: string[] = [];
  order.forEach((column, index) => {
    const beyond = afterOn(column, after[index] ?? null);
    if (beyond.length === 0) return;
    const equal = order.slice(0, index).map((earlier, at) => equalTo(earlier, after[at] ?? null));
    const last = beyond.length === 1 ? beyond[0]! : `or(${beyond.join(',')})`;
    branches.push(equal.length === 0 ? last : `and(${[...equal, last].join(',')})`);
  });
  if (branches.length === 0) throw new Error('Nothing can come after this row: its order does not end with a unique column.');
  return branches.join(',');
}

export interface KeysetBound {
  column: string;
  operator: 'gte' | 'lte';
  value: string;
}

/**
 * A plain range on the order's first column that every row after the cursor satisfies, to send
 * alongside the keyset filter: PostgreSQL cannot start an index scan from an OR, but it can
 * from this, so a deep page is a seek instead of a scan from the list's start. None when rows
 * after the cursor may be null there.
 */
export function keysetBound(order: readonly KeysetColumn[], after: readonly KeysetValue[]): KeysetBound | null {
  const [column] = order;
  const value = after[0] ?? null;
  if (column === undefined || value === null || (column.nullable === true && !nullsFirst(column))) return null;
  return { column: column.column, operator: column.ascending ? 'gte' : 'lte', value: String(value) };
}

export interface Page<Item> {
  items: Item[];
  /** Where the next page starts (the last item's keyset values), or null when this is the last page. */
  next: KeysetValue[] | null;
}

/**
 * A page from rows fetched with one row beyond the page's size (whether it came says whether
 * more follow), its cursor taken from the page's last item.
 */
export function toPage<Item>(rows: readonly Item[], cursorOf: (item: Item) => KeysetValue[], size: number = pageSize): Page<Item> {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, next: rows.length > size && last !== undefined ? cursorOf(last) : null };
}

/** The items of every page loaded so far, in order: what a list shows. */
export function flattenPages<Item>(data: { pages: readonly Page<Item>[] }): Item[] {
  return data.pages.flatMap((page) => page.items);
}

/** What afterCursor needs of a PostgREST query: supabase-js's filter builder. */
export interface KeysetQuery<Query> {
  or(filters: string): Query;
  filter(column: string, operator: KeysetBound['operator'], value: unknown): Query;
}

/** The query narrowed to the rows after the cursor (none: the first page), with its bound. */
export function afterCursor<Query extends KeysetQuery<Query>>(query: Query, order: readonly KeysetColumn[], after: readonly KeysetValue[] | null): Query {
  if (after === null) return query;
  const filtered = query.or(keysetFilter(order, after));
  const bound = keysetBound(order, after);
  return bound === null ? filtered : filtered.filter(bound.column, bound.operator, bound.value);
}
