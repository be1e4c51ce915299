// Every source of a claim with its stance and quote; only http(s) addresses become links,
// and they open in a new tab without handing the new page a reference to this one.
import { ExternalLink } from '../../../components/external-link';
import type { ReviewClaim } from '../api/get-review-claim';

const stanceLabels: Record<string, string> = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Gives context',
};

export function ReviewSources({ sources }: { sources: ReviewClaim['sources'] }) {
  if (sources.length === 0) return <p>No sources.</p>;
  return (
    <ul className="review-sources">
      {sources.map((source) => {
        return (
          <li key={source.id}>
            <ExternalLink href={source.url}>{source.title ?? source.url}</ExternalLink>
            {source.publisher && <> · {source.publisher}</>} · <strong>{stanceLabels[source.stance] ?? source.stance}</strong>
            {source.quote && <blockquote>{source.quote}</blockquote>}
          </li>
        );
      })}
    </ul>
  );
}
