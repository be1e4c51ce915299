// Every source of a claim with its stance and quote; only http(s) addresses become links,
// and they open in a new tab without handing the new page a reference to this one.
import { safeExternalUrl } from '../../../utils/safe-external-url';
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
        const href = safeExternalUrl(source.url);
        const name = source.title ?? source.url;
        return (
          <li key={source.id}>
            {href === null ? (
              name
            ) : (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {name}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            )}
            {source.publisher && <> · {source.publisher}</>} · <strong>{stanceLabels[source.stance] ?? source.stance}</strong>
            {source.quote && <blockquote>{source.quote}</blockquote>}
          </li>
        );
      })}
    </ul>
  );
}
