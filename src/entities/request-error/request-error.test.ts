import { describe, expect, it } from 'vitest';
import { isNetworkFailure, isVersionConflict, RequestError } from './request-error';

const stale = { message: 'This claim changed since you read it.', code: 'PT409', details: '', hint: '' };

describe('RequestError', () => {
  it.each([
    { name: 'a stale version answered 409', error: RequestError.fromPostgrest(stale, 409), conflict: true, network: false },
    { name: 'a stale version raised as PT409 behind another status', error: RequestError.fromPostgrest(stale, 400), conflict: true, network: false },
    {
      name: 'a refusal by row-level security',
      error: RequestError.fromPostgrest({ message: 'new row violates row-level security policy', code: '42501', details: '', hint: '' }, 403),
      conflict: false,
      network: false,
    },
    {
      name: 'a request that never got an answer',
      error: RequestError.fromPostgrest({ message: 'TypeError: Failed to fetch', code: '', details: '', hint: '' }, 0),
      conflict: false,
      network: true,
    },
    { name: 'an Auth error without a status', error: RequestError.fromAuth({ message: 'Failed to fetch' }), conflict: false, network: true },
    { name: 'a plain Error', error: new Error('boom'), conflict: false, network: false },
  ])('$name: conflict $conflict, network failure $network', ({ error, conflict, network }) => {
    expect(isVersionConflict(error)).toBe(conflict);
    expect(isNetworkFailure(error)).toBe(network);
  });

  it('keeps the message, code, status and the details a developer needs, and no empty strings', () => {
    const error = RequestError.fromPostgrest(
      { message: 'value too long', code: '22001', details: 'Failing row contains …', hint: '' },
      400,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ message: 'value too long', code: '22001', status: 400, details: 'Failing row contains …', hint: null });
  });
});
