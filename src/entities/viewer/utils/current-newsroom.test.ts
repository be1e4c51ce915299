import { describe, expect, it } from 'vitest';
import { currentNewsroomOf, rememberedNewsroomId, rememberNewsroom, type ViewerNewsroom } from './current-newsroom';

const demo: ViewerNewsroom = { id: 'd', slug: 'demo', name: 'Demo Newsroom', role: 'checker' };
const harbour: ViewerNewsroom = { id: 'h', slug: 'harbour', name: 'Harbour Gazette', role: 'admin' };

describe('currentNewsroomOf', () => {
  it('is none for a viewer in no newsroom', () => {
    expect(currentNewsroomOf([])).toBeNull();
  });

  it('is the first newsroom by name, whatever order they come in', () => {
    expect(currentNewsroomOf([harbour, demo])).toBe(demo);
    expect(currentNewsroomOf([demo, harbour])).toBe(demo);
  });

  it('tells two newsrooms of the same name apart by slug', () => {
    const twin = { ...demo, id: 'd2', slug: 'demo-2' };
    expect(currentNewsroomOf([twin, demo])).toBe(demo);
  });
});

describe('the remembered choice', () => {
  it('wins over the first by name while the viewer is still a member', () => {
    expect(currentNewsroomOf([demo, harbour], 'h')).toBe(harbour);
  });

  it('falls back to the first by name once the viewer has left that newsroom', () => {
    expect(currentNewsroomOf([demo, harbour], 'gone')).toBe(demo);
  });

  it('is kept per user', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    rememberNewsroom('ana', 'h', storage);
    expect(rememberedNewsroomId('ana', storage)).toBe('h');
    expect(rememberedNewsroomId('ben', storage)).toBeNull();
  });

  it('reads nothing where storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberNewsroom('ana', 'h', refusing)).not.toThrow();
    expect(rememberedNewsroomId('ana', refusing)).toBeNull();
  });
});
