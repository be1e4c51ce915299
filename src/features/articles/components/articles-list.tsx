// The list of the current newsroom's articles.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { articleQueries } from '../api/article-queries';
import { PublicationMeta } from './publication-meta';
import './articles-list.css';

export function ArticlesList({ newsroomId }: { newsroomId: string }) {
  const articles = useQuery(articleQueries.list(newsroomId));

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
    <ul className="article-list">
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
  );
}
