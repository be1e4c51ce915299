// Times as the review pages show them: date and time in the reader's locale and zone.
const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatTime(iso: string): string {
  return formatter.format(new Date(iso));
}
