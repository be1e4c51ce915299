import { describe, expect, it } from 'vitest';
import { stepThroughQueue } from './queue-navigation';

describe('stepThroughQueue', () => {
  const ids = ['a', 'b', 'c'];

  it('moves forward with j and back with k, staying at the ends', () => {
    expect(stepThroughQueue(ids, 'a', 1)).toBe('b');
    expect(stepThroughQueue(ids, 'c', 1)).toBe('c');
    expect(stepThroughQueue(ids, 'b', -1)).toBe('a');
    expect(stepThroughQueue(ids, 'a', -1)).toBe('a');
  });

  it('starts at the first or last claim when nothing is selected', () => {
    expect(stepThroughQueue(ids, null, 1)).toBe('a');
    expect(stepThroughQueue(ids, 'gone', -1)).toBe('c');
    expect(stepThroughQueue([], null, 1)).toBeNull();
  });
});
