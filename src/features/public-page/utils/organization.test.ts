// Who a public fact-check names as its author: the article's newsroom, with only http(s)
// addresses kept as its website and logo.
import { describe, expect, it } from 'vitest';
import { newsroomOrganization, type NewsroomProfile, type Organization } from './organization';

const origin = 'https://factmark.example';

describe('newsroomOrganization', () => {
  const cases: { name: string; newsroom: NewsroomProfile; expected: Organization }[] = [
    {
      name: 'names the newsroom at its own site, with its logo',
      newsroom: { name: ' Harbour Gazette ', url: 'https://harbour.example/', logo_url: 'https://harbour.example/logo.png' },
      expected: { name: 'Harbour Gazette', url: 'https://harbour.example/', website: 'https://harbour.example/', logo: 'https://harbour.example/logo.png' },
    },
    {
      name: 'names the site the page is on when the newsroom has no website',
      newsroom: { name: 'Demo Newsroom', url: null, logo_url: null },
      expected: { name: 'Demo Newsroom', url: origin, website: null, logo: null },
    },
    {
      name: 'drops a website and a logo that are not http(s)',
      newsroom: { name: 'Demo Newsroom', url: 'javascript:alert(1)', logo_url: 'data:image/svg+xml,<svg onload=alert(1)>' },
      expected: { name: 'Demo Newsroom', url: origin, website: null, logo: null },
    },
    {
      name: 'drops a website that does not parse',
      newsroom: { name: 'Demo Newsroom', url: 'not a url', logo_url: null },
      expected: { name: 'Demo Newsroom', url: origin, website: null, logo: null },
    },
  ];

  it.each(cases)('$name', ({ newsroom, expected }) => {
    expect(newsroomOrganization(newsroom, origin)).toEqual(expected);
  });
});
