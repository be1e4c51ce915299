import { describe, expect, it } from 'vitest';
import { isUuid } from './is-uuid';

describe('isUuid', () => {
  it('accepts uuids in either case', () => {
    expect(isUuid('0b0e1c7a-5f3e-4c1a-9d2b-8f6a4e3c2b1a')).toBe(true);
    expect(isUuid('0B0E1C7A-5F3E-4C1A-9D2B-8F6A4E3C2B1A')).toBe(true);
  });

  it('rejects anything else a URL might carry', () => {
    expect(isUuid('')).toBe(false);
    expect(isUuid('42')).toBe(false);
    expect(isUuid('0b0e1c7a5f3e4c1a9d2b8f6a4e3c2b1a')).toBe(false);
    expect(isUuid('0b0e1c7a-5f3e-4c1a-9d2b-8f6a4e3c2b1a-')).toBe(false);
    expect(isUuid("0b0e1c7a-5f3e-4c1a-9d2b-8f6a4e3c2b1a' or 1=1")).toBe(false);
  });
});
