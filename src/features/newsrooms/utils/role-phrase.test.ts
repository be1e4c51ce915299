import { describe, expect, it } from 'vitest';
import { asRole } from './role-phrase';

describe('asRole', () => {
  it.each([
    ['admin', 'as an admin'],
    ['editor', 'as an editor'],
    ['checker', 'as a checker'],
  ])('%s → %s', (role, expected) => {
    expect(asRole(role)).toBe(expected);
  });
});
