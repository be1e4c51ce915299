// A fact-check's sources as published: title (linking out), publisher, stance and quote.
import { ExternalLink } from '../../../components/external-link';
import type { PublishedSource } from '../utils/publication';

const stanceLabels: Record<string, string> = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Gives context',
};

export function PublishedSources({ sources, headingLevel }: { sources: readonly PublishedSource[]; headingLevel: 'h2' | 'h3' }) {
  if (sources.length === 0) return null;
  const Heading = headingLevel;
  return (
    <>
      <Heading className="public-claim-sources-title">Sources</Heading>
      <ul className="public-sources">
        {sources.map((source, index) => (
          <li key={`${index}-${source.url}`} className="public-source">
            <ExternalLink className="public-source-link" href={source.url}>
              {source.title?.trim() || source.url}
            </ExternalLink>
            {source.publisher?.trim() ? <span className="public-source-publisher">, {source.publisher.trim()}</span> : null}
            <span className={`public-source-stance public-source-stance-${source.stance}`}>{stanceLabels[source.stance] ?? source.stance}</span>
            {source.quote?.trim() ? <blockquote className="public-source-quote">{source.quote.trim()}</blockquote> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
