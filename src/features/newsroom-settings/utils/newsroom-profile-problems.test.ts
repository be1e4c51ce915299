// A newsroom profile's problems, field by field, before anything is saved.
import { describe, expect, it } from 'vitest';
import { newsroomProfileProblems, type NewsroomProfileDraft } from './newsroom-profile-problems';

const good: NewsroomProfileDraft = { name: 'Harbour Gazette', slug: 'harbour', url: 'https://harbour.example/', logoUrl: '' };

describe('newsroomProfileProblems', () => {
  const cases: { name: string; draft: Partial<NewsroomProfileDraft>; fields: string[] }[] = [
    { name: 'a complete profile has none', draft: {}, fields: [] },
    { name: 'no website or logo is fine', draft: { url: '  ', logoUrl: '' }, fields: [] },
    { name: 'a blank name', draft: { name: ' ' }, fields: ['name'] },
    { name: 'an upper-case slug', draft: { slug: 'Harbour' }, fields: ['slug'] },
    { name: 'a javascript: logo', draft: { logoUrl: 'javascript:alert(1)' }, fields: ['logoUrl'] },
    { name: 'a data: logo', draft: { logoUrl: 'data:image/png;base64,AAAA' }, fields: ['logoUrl'] },
    { name: 'a website without a scheme', draft: { url: 'harbour.example' }, fields: ['url'] },
    { name: 'a website with a space', draft: { url: 'https://harbour example' }, fields: ['url'] },
    { name: 'a website over 2,048 characters', draft: { url: `https://harbour.example/${'x'.repeat(2048)}` }, fields: ['url'] },
  ];
  it.each(cases)('$name', ({ draft, fields }) => {
    expect(Object.keys(newsroomProfileProblems({ ...good, ...draft })).sort()).toEqual(fields);
  });

  it('says what a logo address must look like', () => {
    expect(newsroomProfileProblems({ ...good, logoUrl: 'ftp://harbour.example/logo.png' }).logoUrl).toBe(
      'Enter the logo address as a web address starting with https:// or http://.',
    );
  });
});
