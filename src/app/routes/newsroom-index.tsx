// A newsroom's public index of fact-checks (/n/<slug>): no sign-in needed.
import { NewsroomIndexPage } from '../../features/public-page/components/newsroom-index-page';

export function NewsroomIndexRoute({ slug }: { slug: string }) {
  return <NewsroomIndexPage slug={slug} />;
}
