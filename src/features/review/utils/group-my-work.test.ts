import { describe, expect, it } from 'vitest';
import { groupByStatus } from './group-my-work';

describe('groupByStatus', () => {
  it('puts changes requested first, keeps order within a group and drops empty groups', () => {
    const claims = [
      { id: 1, status: 'published' },
      { id: 2, status: 'draft' },
      { id: 3, status: 'changes_requested' },
      { id: 4, status: 'draft' },
    ];
    expect(groupByStatus(claims)).toEqual([
      { status: 'changes_requested', claims: [{ id: 3, status: 'changes_requested' }] },
      { status: 'draft', claims: [{ id: 2, status: 'draft' }, { id: 4, status: 'draft' }] },
      { status: 'published', claims: [{ id: 1, status: 'published' }] },
    ]);
  });
});
