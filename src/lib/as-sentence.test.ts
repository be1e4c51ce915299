// Database refusals as sentences.
import { describe, expect, it } from 'vitest';
import { asSentence } from './as-sentence';

describe('asSentence', () => {
  it.each([
    ['only the newsroom\'s admins invite members', 'Only the newsroom\'s admins invite members.'],
    ['  this invitation was already revoked ', 'This invitation was already revoked.'],
    ['Already a sentence.', 'Already a sentence.'],
    ['Really?', 'Really?'],
  ])('%s', (message, expected) => {
    expect(asSentence(message)).toBe(expected);
  });
});
