import { describe, expect, it } from 'vitest';
import { defaultPathAfterSignIn, fromLocationState, pathAfterSignIn } from './redirect-path';

describe('pathAfterSignIn', () => {
  it('returns to the page that asked for sign-in, with its query and hash', () => {
    expect(pathAfterSignIn('/articles/3f1c?tab=claims#p4')).toBe('/articles/3f1c?tab=claims#p4');
  });

  it('falls back to the article list when there is nowhere to return to', () => {
    expect(pathAfterSignIn(undefined)).toBe(defaultPathAfterSignIn);
    expect(pathAfterSignIn(42)).toBe(defaultPathAfterSignIn);
    expect(pathAfterSignIn('')).toBe(defaultPathAfterSignIn);
  });

  it('never leaves the app', () => {
    expect(pathAfterSignIn('https://evil.example/phish')).toBe(defaultPathAfterSignIn);
    expect(pathAfterSignIn('//evil.example/phish')).toBe(defaultPathAfterSignIn);
    expect(pathAfterSignIn('/\\evil.example')).toBe(defaultPathAfterSignIn);
    expect(pathAfterSignIn('javascript:alert(1)')).toBe(defaultPathAfterSignIn);
  });

  it('does not send a signed-in user back to the sign-in page', () => {
    expect(pathAfterSignIn('/sign-in')).toBe(defaultPathAfterSignIn);
    expect(pathAfterSignIn('/sign-in?x=1')).toBe(defaultPathAfterSignIn);
    expect(pathAfterSignIn('/sign-up')).toBe(defaultPathAfterSignIn);
    expect(pathAfterSignIn('/sign-up#top')).toBe(defaultPathAfterSignIn);
  });
});

describe('fromLocationState', () => {
  it('reads the page a redirect came from', () => {
    expect(fromLocationState({ from: '/articles/1' })).toBe('/articles/1');
  });

  it('ignores state it does not recognise', () => {
    expect(fromLocationState(null)).toBeUndefined();
    expect(fromLocationState('x')).toBeUndefined();
    expect(fromLocationState({ other: 1 })).toBeUndefined();
  });
});
