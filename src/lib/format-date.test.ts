import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime } from './format-date';

describe('formatCalendarDate', () => {
  it.each([
    ['a date column', '2025-06-05', 'en-US', 'June 5, 2025'],
    ['a timestamp at UTC midnight', '2025-06-05T00:00:00+00:00', 'en-US', 'June 5, 2025'],
    ['a timestamp read as its UTC calendar day', '2025-06-05T23:30:00-02:00', 'en-US', 'June 6, 2025'],
    ['the reader’s locale', '2025-06-05', 'de-DE', '5. Juni 2025'],
  ])('formats %s', (_case, value, locale, expected) => {
    expect(formatCalendarDate(value, locale)).toBe(expected);
  });

  it('gives nothing for a value that is not a date', () => {
    expect(formatCalendarDate('', 'en-US')).toBeNull();
    expect(formatCalendarDate('yesterday', 'en-US')).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('shows date and time in the reader’s locale', () => {
    const iso = '2025-06-05T14:30:00Z';
    expect(formatDateTime(iso, 'en-US')).toBe(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    );
    expect(formatDateTime(iso, 'de-DE')).toMatch(/05\.06\.2025|5\. Juni 2025/);
  });

  it('shows a value that is not a time as it is stored', () => {
    expect(formatDateTime('not a time', 'en-US')).toBe('not a time');
  });
});
