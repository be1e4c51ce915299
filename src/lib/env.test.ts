import { describe, expect, it } from 'vitest';
import { readSupabaseEnv } from './env';

describe('readSupabaseEnv', () => {
  it('accepts a URL and an anon key', () => {
    expect(
      readSupabaseEnv({
        VITE_SUPABASE_URL: 'http://127.0.0.1:54321',
        VITE_SUPABASE_ANON_KEY: 'anon-key',
      }),
    ).toEqual({ ok: true, env: { url: 'http://127.0.0.1:54321', anonKey: 'anon-key' } });
  });

  it('trims stray whitespace from .env files', () => {
    const result = readSupabaseEnv({
      VITE_SUPABASE_URL: ' https://project.supabase.co \n',
      VITE_SUPABASE_ANON_KEY: ' key ',
    });
    expect(result).toEqual({ ok: true, env: { url: 'https://project.supabase.co', anonKey: 'key' } });
  });

  it('names both variables when neither is set', () => {
    expect(readSupabaseEnv({})).toEqual({
      ok: false,
      problems: [
        { name: 'VITE_SUPABASE_URL', reason: 'is not set' },
        { name: 'VITE_SUPABASE_ANON_KEY', reason: 'is not set' },
      ],
    });
  });

  it('treats an empty value as missing', () => {
    const result = readSupabaseEnv({ VITE_SUPABASE_URL: '', VITE_SUPABASE_ANON_KEY: '  ' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.name)).toEqual([
      'VITE_SUPABASE_URL',
      'VITE_SUPABASE_ANON_KEY',
    ]);
  });

  it('refuses a URL that is not http or https', () => {
    expect(
      readSupabaseEnv({ VITE_SUPABASE_URL: 'localhost:54321', VITE_SUPABASE_ANON_KEY: 'key' }),
    ).toEqual({
      ok: false,
      problems: [{ name: 'VITE_SUPABASE_URL', reason: 'is not an http(s) URL: localhost:54321' }],
    });
    expect(
      readSupabaseEnv({ VITE_SUPABASE_URL: 'javascript:alert(1)', VITE_SUPABASE_ANON_KEY: 'key' }).ok,
    ).toBe(false);
  });
});
