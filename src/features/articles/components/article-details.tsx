// One article's page frame: loads the article and shows its title, publisher, date and a
// link to the original; the body comes from the caller (the route composes the annotating
// workspace there, since features meet only in src/app).
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { ExternalLink } from '../../../components/external-link';
import { LoadingStatus } from '../../../components/loading-status';
import { safeExternalUrl } from '../../../lib/safe-external-url';
import { articleQueries } from '../api/article-queries';
import type { ArticleDetails as Article } from '../api/get-article';
import { isProseMirrorDocument } from '../utils/prosemirror-document';
import { PublicationMeta } from './publication-meta';
import './article-details.css';

export function ArticleDetails({
  articleId,
  renderBody,
  renderOwnText,
}: {
  articleId: string;
  renderBody: (article: Article) => ReactNode;
  // The own-text flag (./own-text-toggle), which offers itself only to those who may change
  // it; the route loads it lazily, so the article list, which shares this frame's bundle,
  // carries none of it.
  renderOwnText: (article: Article) => ReactNode;
}) {
  const article = useQuery(articleQueries.detail(articleId));

  if (article.isPending) return <LoadingStatus>Loading article…</LoadingStatus>;
  if (article.isError) {
    return (
      <ErrorAlert title="The article could not be loaded.">
        <p>{article.error.message}</p>
      </ErrorAlert>
    );
  }
  if (article.data === null) {
    return (
      <>
        <title>Article not found · Factmark</title>
        <h1>Article not found</h1>
        <p>
          There is no article at this address, or you may not read it.{' '}
          <Link to="/articles">Back to all articles</Link>
        </p>
      </>
    );
  }

  const { title, publisher, published_at: publishedAt, url, body } = article.data;
  const originalUrl = safeExternalUrl(url);

  return (
    <article className="article" aria-labelledby="article-title">
      <title>{`${title} · Factmark`}</title>
      <header className="article-header">
        <p className="breadcrumb">
          <Link to="/articles">All articles</Link>
        </p>
        <h1 id="article-title">{title}</h1>
        <p className="meta">
          <PublicationMeta publisher={publisher} publishedAt={publishedAt} />
          {originalUrl !== null && (
            <>
              {' '}
              <ExternalLink href={originalUrl}>Original article</ExternalLink>
            </>
          )}{' '}
          <Link to={`/p/${article.data.id}`}>Public fact-check page</Link>
        </p>
        {renderOwnText(article.data)}
      </header>
      {isProseMirrorDocument(body) ? (
        renderBody(article.data)
      ) : (
        <ErrorAlert title="This article's text is not in a format the viewer can show." />
      )}
    </article>
  );
}
