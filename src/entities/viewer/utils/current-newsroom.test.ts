import { describe, expect, it } from 'vitest';
import { currentNewsroomOf, type ViewerNewsroom } from './current-newsroom';

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
