import { describe, expect, it } from 'vitest';
import { formatPublicationDate } from './format-publication-date';

describe('formatPublicationDate', () => {
  it('formats a date column', () => {
    expect(formatPublicationDate('2025-06-05', 'en-US')).toBe('June 5, 2025');
  });

  it('formats a timestamp as its UTC calendar day', () => {
    expect(formatPublicationDate('2025-06-05T00:00:00+00:00', 'en-US')).toBe('June 5, 2025');
    expect(formatPublicationDate('2025-06-05T23:30:00-02:00', 'en-US')).toBe('June 6, 2025');
  });

  it('follows the reader’s locale', () => {
    expect(formatPublicationDate('2025-06-05', 'de-DE')).toBe('5. Juni 2025');
  });

  it('gives nothing for a value that is not a date', () => {
    expect(formatPublicationDate('', 'en-US')).toBeNull();
    expect(formatPublicationDate('yesterday', 'en-US')).toBeNull();
  });
});
