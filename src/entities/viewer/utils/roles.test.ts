import { describe, expect, it } from 'vitest';
import { hasRole, isRole, mayEditArticleText, mayReview, roleIn, type Role } from './roles';

const creator = '2b3c4d5e-0000-4000-8000-000000000001';
const someoneElse = '2b3c4d5e-0000-4000-8000-000000000002';

describe('hasRole', () => {
  it.each<[Role | null, Role, boolean]>([
    ['checker', 'checker', true],
    ['checker', 'editor', false],
    ['editor', 'checker', true],
    ['editor', 'editor', true],
    ['editor', 'admin', false],
    ['admin', 'editor', true],
    [null, 'checker', false],
  ])('%s has %s: %s', (role, required, expected) => {
    expect(hasRole(role, required)).toBe(expected);
  });
});

describe('isRole', () => {
  it('knows the three roles and nothing else', () => {
    expect(['checker', 'editor', 'admin', 'owner', ''].map(isRole)).toEqual([true, true, true, false, false]);
  });
});

describe('mayReview', () => {
  it.each<[Role | null, boolean]>([
    ['checker', false],
    ['editor', true],
    ['admin', true],
    [null, false],
  ])('%s: %s', (role, expected) => {
    expect(mayReview(role === null ? null : { role })).toBe(expected);
  });
});

describe('mayEditArticleText', () => {
  it.each<[string, { id: string; role: Role | null } | null, string | null, boolean]>([
    ['the checker who added the article', { id: creator, role: 'checker' }, creator, true],
    ['the creator, no longer a member of its newsroom', { id: creator, role: null }, creator, false],
    ['another checker', { id: someoneElse, role: 'checker' }, creator, false],
    ['a checker, for an article whose creator is gone', { id: someoneElse, role: 'checker' }, null, false],
    ['an editor', { id: someoneElse, role: 'editor' }, creator, true],
    ['an admin', { id: someoneElse, role: 'admin' }, null, true],
    ['nobody signed in', null, creator, false],
  ])('%s: %s', (_who, viewer, createdBy, expected) => {
    expect(mayEditArticleText(viewer, createdBy)).toBe(expected);
  });
});

describe('roleIn', () => {
  const viewer = {
    newsrooms: [
      { id: 'demo', role: 'editor' as const },
      { id: 'harbour', role: 'checker' as const },
    ],
  };

  it('is the role in the row\'s newsroom, which may differ from one newsroom to the next', () => {
    expect(roleIn(viewer, 'demo')).toBe('editor');
    expect(roleIn(viewer, 'harbour')).toBe('checker');
  });

  it('is none in a newsroom the viewer does not belong to, and for nobody', () => {
    expect(roleIn(viewer, 'elsewhere')).toBeNull();
    expect(roleIn(viewer, null)).toBeNull();
    expect(roleIn(null, 'demo')).toBeNull();
  });
});
