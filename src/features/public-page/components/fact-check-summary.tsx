// A fact-check as a list shows it (an article's page, a newsroom's index): its verdict, or
// "Retracted"; the claim, linking to its own page; who made it; the quoted words in their
// sentence; and when it was published, corrected or retracted. Built from the claim's latest
// publication only.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { datedHeading } from '../utils/publication-history';
import type { Publication } from '../utils/publication';
import { claimCardId, verdictStyle } from './claim-marker';
import { QuoteInSentence } from './quote-in-sentence';

export function claimPagePath(factCheck: Pick<Publication, 'articleId' | 'claimId'>): string {
  return `/p/${factCheck.articleId}/${factCheck.claimId}`;
}

export function FactCheckSummary({
  factCheck,
  heading: Heading,
  number,
  showQuote,
  children,
}: {
  factCheck: Publication;
  heading: 'h2' | 'h3';
  // Its number on an article's page, where the text's labels point at it.
  number?: number;
  showQuote: boolean;
  children?: ReactNode;
}) {
  const titleId = `${claimCardId(factCheck.claimId)}-title`;
  const style = verdictStyle(factCheck.verdict?.color);
  return (
    <article id={claimCardId(factCheck.claimId)} className="public-claim" aria-labelledby={titleId} tabIndex={-1} style={style}>
      <p className="public-claim-verdict">
        {number !== undefined && <span className="public-claim-number">Fact-check {number}</span>}
        {factCheck.verdict === null ? (
          <span className="public-verdict public-verdict-retracted">Retracted</span>
        ) : (
          <span className="public-verdict" style={style}>
            {factCheck.verdict.label}
          </span>
        )}
      </p>
      <Heading id={titleId} className="public-claim-text">
        <Link href={claimPagePath(factCheck)}>{factCheck.claimText}</Link>
      </Heading>
      {factCheck.claimant !== null && (
        <p className="public-claim-claimant">
          Claimed by <strong>{factCheck.claimant}</strong>
        </p>
      )}
      {showQuote && <QuoteInSentence sentence={factCheck.quoteSentence} quote={factCheck.quoteExact} />}
      <p className="public-claim-date">
        <time dateTime={factCheck.publishedAt}>{datedHeading(factCheck.kind, factCheck.publishedAt)}</time>
      </p>
      {children}
    </article>
  );
}
