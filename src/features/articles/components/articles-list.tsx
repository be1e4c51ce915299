// The list of the current newsroom's articles, a page at a time, saying how many there are.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { LoadMore } from '../../../components/load-more';
import { flattenPages } from '../../../lib/keyset';
import { articleQueries } from '../api/article-queries';
import { PublicationMeta } from './publication-meta';
import './articles-list.css';

export function ArticlesList({ newsroomId }: { newsroomId: string }) {
  const articles = useInfiniteQuery({ ...articleQueries.list(newsroomId), select: flattenPages });
  const count = useQuery(articleQueries.count(newsroomId));
  const listRef = useRef<HTMLUListElement>(null);

  if (articles.isPending) return <LoadingStatus>Loading articles…</LoadingStatus>;
  if (articles.isError) {
    return (
      <ErrorAlert title="The articles could not be loaded.">
        <p>{articles.error.message}</p>
      </ErrorAlert>
    );
  }
  if (articles.data.length === 0) return <p>No articles yet.</p>;

  return (
    <>
      <ul className="article-list" ref={listRef}>
        {articles.data.map((article) => (
          <li key={article.id}>
            <article className="article-card" aria-labelledby={`article-${article.id}`}>
              <h2 id={`article-${article.id}`} className="article-card-title">
                <Link to={`/articles/${article.id}`}>{article.title}</Link>
              </h2>
              <p className="meta">
                <PublicationMeta publisher={article.publisher} publishedAt={article.published_at} />
              </p>
            </article>
          </li>
        ))}
      </ul>
      <LoadMore
        shown={articles.data.length}
        total={count.data}
        noun={['article', 'articles']}
        hasMore={articles.hasNextPage}
        loading={articles.isFetchingNextPage}
        onLoadMore={() => void articles.fetchNextPage()}
        listRef={listRef}
      />
    </>
  );
}
