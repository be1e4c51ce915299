// Dates and times as every page shows them, in the reader's locale.

/**
 * A calendar date such as an article's publication date. It is read in UTC so an article
 * published "2025-06-05" shows that day in every time zone, not June 4 west of Greenwich.
 */
export function formatCalendarDate(value: string, locale?: string): string | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const dateTimeFormatters = new Map<string | undefined, Intl.DateTimeFormat>();

/** A moment such as a comment's or a decision's, in the reader's own time zone. */
export function formatDateTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = dateTimeFormatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormatters.set(locale, formatter);
  }
  return formatter.format(date);
}
