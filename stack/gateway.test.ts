// The query string the gateway forwards: without the apikey (which PostgREST would read as
// a filter), and otherwise exactly as the client wrote it.
import { describe, expect, it } from 'vitest';
import { withoutApiKey } from './gateway.ts';

describe('withoutApiKey', () => {
  it.each([
    ['?apikey=abc', ''],
    ['?select=id&apikey=abc', '?select=id'],
    ['?apikey=abc&select=id,label&created_at=gte.2025-01-01T00:00:00+00:00', '?select=id,label&created_at=gte.2025-01-01T00:00:00+00:00'],
    ['?%61pikey=abc&or=(a.eq.1,b.eq.%2B)', '?or=(a.eq.1,b.eq.%2B)'],
    ['?apikeys=kept&x=%E0%A4%A', '?apikeys=kept&x=%E0%A4%A'],
    ['', ''],
    ['?', '?'],
  ])('turns %s into %s', (search, forwarded) => {
    expect(withoutApiKey(search)).toBe(forwarded);
  });
});
