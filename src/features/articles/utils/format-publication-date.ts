// Shows an article's publication date as a calendar date. It is read in UTC so an article
// published "2025-06-05" shows that day in every time zone, not June 4 west of Greenwich.

export function formatPublicationDate(value: string, locale?: string): string | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
