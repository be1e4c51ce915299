// The publisher and publication date line shown under an article's title.
import { formatCalendarDate } from '../../../lib/format-date';

export function PublicationMeta({
  publisher,
  publishedAt,
}: {
  publisher: string | null;
  publishedAt: string | null;
}) {
  const date = publishedAt === null ? null : formatCalendarDate(publishedAt);
  if (publisher === null && date === null) return null;
  return (
    <>
      {publisher !== null && <span className="publisher">{publisher}</span>}
      {publisher !== null && date !== null && <span aria-hidden="true"> · </span>}
      {date !== null && publishedAt !== null && <time dateTime={publishedAt}>{date}</time>}
    </>
  );
}
