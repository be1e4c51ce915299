// Who the ClaimReview names as its author: the configured organisation, or Factmark at the
// site's own address when nothing (or nothing usable) is configured.
import { describe, expect, it } from 'vitest';
import { readOrganization } from './organization';

const origin = 'https://factmark.example';

describe('readOrganization', () => {
  const cases: { name: string; env: Record<string, unknown>; expected: { name: string; url: string } }[] = [
    { name: 'defaults to Factmark at the site origin', env: {}, expected: { name: 'Factmark', url: origin } },
    {
      name: 'uses the configured name and URL',
      env: { VITE_FACTMARK_ORGANIZATION_NAME: ' NBC Verify ', VITE_FACTMARK_ORGANIZATION_URL: 'https://www.nbcnews.com/verify' },
      expected: { name: 'NBC Verify', url: 'https://www.nbcnews.com/verify' },
    },
    {
      name: 'ignores a blank name and a URL that is not http(s)',
      env: { VITE_FACTMARK_ORGANIZATION_NAME: '  ', VITE_FACTMARK_ORGANIZATION_URL: 'javascript:alert(1)' },
      expected: { name: 'Factmark', url: origin },
    },
    { name: 'ignores a URL that does not parse', env: { VITE_FACTMARK_ORGANIZATION_URL: 'not a url' }, expected: { name: 'Factmark', url: origin } },
  ];

  it.each(cases)('$name', ({ env, expected }) => {
    expect(readOrganization(env, origin)).toEqual(expected);
  });
});
