// The keyset filter: strictly after the last row shown, on every column of the order, with
// nulls where PostgreSQL sorts them and values quoted against PostgREST's syntax.
import { describe, expect, it } from 'vitest';
import { flattenPages, keysetBound, keysetFilter, toPage } from './keyset';

describe('keysetFilter', () => {
  it('on one unique column is a single comparison', () => {
    expect(keysetFilter([{ column: 'id', ascending: true }], [42])).toBe('id.gt."42"');
    expect(keysetFilter([{ column: 'id', ascending: false }], ['b'])).toBe('id.lt."b"');
  });

  it('on a sort column and the id is beyond the first, or equal to it and beyond the id', () => {
    expect(
      keysetFilter(
        [
          { column: 'updated_at', ascending: true },
          { column: 'id', ascending: true },
        ],
        ['2026-12-08T03:56:48.123456+00:00', 'c0ffee'],
      ),
    ).toBe('updated_at.gt."2026-12-08T03:56:48.123456+00:00",and(updated_at.eq."2026-12-08T03:56:48.123456+00:00",id.gt."c0ffee")');
  });

  it('lets nulls follow a value when they sort last', () => {
    const order = [
      { column: 'published_at', ascending: false, nullsFirst: false, nullable: true },
      { column: 'id', ascending: false },
    ];
    expect(keysetFilter(order, ['2026-01-02', 'x'])).toBe(
      'or(published_at.lt."2026-01-02",published_at.is.null),and(published_at.eq."2026-01-02",id.lt."x")',
    );
    // After a null, only the other nulls further along the id remain.
    expect(keysetFilter(order, [null, 'x'])).toBe('and(published_at.is.null,id.lt."x")');
  });

  it('lets values follow a null when nulls sort first', () => {
    const order = [
      { column: 'reviewed_at', ascending: true, nullsFirst: true, nullable: true },
      { column: 'id', ascending: true },
    ];
    expect(keysetFilter(order, [null, 'x'])).toBe('reviewed_at.not.is.null,and(reviewed_at.is.null,id.gt."x")');
  });

  it('quotes commas, parentheses, quotes and backslashes', () => {
    expect(keysetFilter([{ column: 'title', ascending: true }], ['a,b (c) "d" \\e'])).toBe('title.gt."a,b (c) \\"d\\" \\\\e"');
  });

  it('refuses values that do not match the order', () => {
    expect(() => keysetFilter([{ column: 'id', ascending: true }], [])).toThrow();
    expect(() => keysetFilter([{ column: 'id', ascending: true }], [null])).toThrow();
  });
});

describe('keysetBound', () => {
  it('bounds the first column from the cursor on, in the order\'s direction', () => {
    const order = [
      { column: 'updated_at', ascending: true },
      { column: 'id', ascending: true },
    ];
    expect(keysetBound(order, ['2026-01-02T00:00:00+00:00', 'x'])).toEqual({ column: 'updated_at', operator: 'gte', value: '2026-01-02T00:00:00+00:00' });
    expect(keysetBound([{ column: 'id', ascending: false }], [7])).toEqual({ column: 'id', operator: 'lte', value: '7' });
  });

  it('bounds nothing where nulls may follow, or from a null', () => {
    expect(keysetBound([{ column: 'published_at', ascending: false, nullsFirst: false, nullable: true }, { column: 'id', ascending: false }], ['2026-01-02', 'x'])).toBeNull();
    expect(keysetBound([{ column: 'reviewed_at', ascending: true, nullsFirst: true, nullable: true }, { column: 'id', ascending: true }], [null, 'x'])).toBeNull();
    expect(keysetBound([{ column: 'reviewed_at', ascending: true, nullsFirst: true, nullable: true }, { column: 'id', ascending: true }], ['2026-01-02', 'x'])).toEqual({
      column: 'reviewed_at',
      operator: 'gte',
      value: '2026-01-02',
    });
  });
});

describe('toPage', () => {
  const cursorOf = (item: number) => [item];

  it('keeps the page and, when the extra row came, starts the next page after its last item', () => {
    expect(toPage([1, 2, 3], cursorOf, 2)).toEqual({ items: [1, 2], next: [2] });
    expect(toPage([1, 2], cursorOf, 2)).toEqual({ items: [1, 2], next: null });
    expect(toPage([], cursorOf, 2)).toEqual({ items: [], next: null });
  });
});

describe('flattenPages', () => {
  it('lists the items of every page in order', () => {
    expect(flattenPages({ pages: [{ items: [1, 2], next: [2] }, { items: [3], next: null }] })).toEqual([1, 2, 3]);
  });
});
