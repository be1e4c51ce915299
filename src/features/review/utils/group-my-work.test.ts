import { describe, expect, it } from 'vitest';
import { orderStatuses } from './group-my-work';

describe('orderStatuses', () => {
  it('puts changes requested first, then drafts and the rest in workflow order, each once', () => {
    expect(orderStatuses(['published', 'draft', 'changes_requested', 'draft'])).toEqual(['changes_requested', 'draft', 'published']);
  });

  it('keeps a status it does not know, after the known ones', () => {
    expect(orderStatuses(['retracted', 'approved', 'retracted'])).toEqual(['approved', 'retracted']);
  });
});
