// @vitest-environment happy-dom
// The public pages' markup for Miller's claim on the seed article: the highlight and its
// verdict label over the right words (the newsroom's own text), the fact-check card with the
// quote marked in its sentence, a sanitised rationale and safe source links, and JSON-LD
// that arrives in the page still escaped.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseSeedArticle } from '../../../../stack/seed/seed-article';
import fixture from '../../../../tests/fixtures/seed-article.txt?raw';
import { buildClaimReview } from '../utils/claim-review';
import { layoutDocument } from '../utils/document-layout';
import type { Publication } from '../utils/publication';
import { ArticleBody } from './article-body';
import { verdictStyle, type ClaimMarker } from './claim-marker';
import { ClaimReviewScript } from './claim-review-script';
import { FactCheckSummary } from './fact-check-summary';
import { NewsroomByline } from './newsroom-byline';
import { PublishedSources } from './published-sources';
import { Rationale } from './rationale';

const seed = parseSeedArticle(fixture);
const quote = 'a minimum of 3,000 arrests for ICE every day';
const start = seed.bodyText.indexOf(quote);

const sentence = 'Stephen Miller said: "we are looking to set a goal of a minimum of 3,000 arrests for ICE every day."';

const claim: Publication = {
  id: 1,
  claimId: 'c1a1e000-0000-4000-8000-000000000001',
  articleId: 'a1a1e000-0000-4000-8000-000000000001',
  newsroomId: 'd1a1e000-0000-4000-8000-000000000001',
  revision: 1,
  kind: 'publication',
  claimText: 'The administration set ICE a goal of at least 3,000 arrests every day.',
  claimant: 'Stephen Miller',
  claimantKind: 'person',
  claimDate: null,
  claimAppearanceUrl: null,
  quoteExact: quote,
  quoteSentence: sentence,
  verdict: { label: 'False', color: '#b91c1c', ratingValue: 1 },
  rationale: '<p>About <b>2,000</b> a day.<script>alert(1)</script> <a href="javascript:alert(2)">Click</a> <a href="https://www.ice.gov/">ICE</a></p>',
  sources: [{ url: 'https://www.ice.gov/statistics', title: 'ICE statistics', publisher: 'ICE', quote: 'Arrests averaged below 3,000 a day.', stance: 'refutes' }],
  note: null,
  publishedAt: '2025-06-06T14:30:00+00:00',
};

const marker: ClaimMarker = { number: 1, label: 'False', style: verdictStyle('#b91c1c') };
const markers = new Map([[claim.claimId, marker]]);

describe('ArticleBody', () => {
  const markup = renderToStaticMarkup(
    <ArticleBody layout={layoutDocument(seed.body, [{ claimId: claim.claimId, start, end: start + quote.length }])} markers={markers} />,
  );

  it('marks exactly the claim\'s words in the verdict colour, followed by a label linking to its card', () => {
    expect(markup).toContain(
      `<mark class="public-highlight" data-claim-id="${claim.claimId}" style="--verdict-color:#b91c1c">${quote}</mark>` +
        `<a id="claim-${claim.claimId}-in-text" class="public-highlight-label" href="#claim-${claim.claimId}" style="--verdict-color:#b91c1c">` +
        '<span class="visually-hidden">Fact-check 1: </span><span aria-hidden="true">1 · </span>False</a>',
    );
    expect(markup.match(/<mark/g)).toHaveLength(1);
  });

  it('renders every paragraph of the seed article as a paragraph', () => {
    expect(markup.match(/<p>/g)).toHaveLength(seed.paragraphs.length);
  });
});

describe('FactCheckSummary', () => {
  const markup = renderToStaticMarkup(<FactCheckSummary factCheck={claim} heading="h3" number={1} showQuote />);

  it('shows the verdict, the claim linking to its own page, the claimant and the quote marked in its sentence', () => {
    expect(markup).toContain('<span class="public-verdict" style="--verdict-color:#b91c1c">False</span>');
    expect(markup).toContain(`<a href="/p/${claim.articleId}/${claim.claimId}">${claim.claimText}</a>`);
    expect(markup).toContain('Claimed by <strong>Stephen Miller</strong>');
    expect(markup).toContain(`<mark class="public-quote-mark">${quote}</mark>`);
    expect(markup).toContain('Stephen Miller said: &quot;we are looking to set a goal of <mark');
  });

  it('says "Retracted" instead of a verdict once retracted', () => {
    const retracted = renderToStaticMarkup(
      <FactCheckSummary factCheck={{ ...claim, kind: 'retraction', verdict: null, note: 'Wrong claimant.' }} heading="h3" showQuote />,
    );
    expect(retracted).toContain('<span class="public-verdict public-verdict-retracted">Retracted</span>');
    expect(retracted).not.toContain('False');
  });
});

describe('PublishedSources and Rationale', () => {
  const markup = renderToStaticMarkup(
    <>
      <Rationale html={claim.rationale} />
      <PublishedSources sources={claim.sources} headingLevel="h2" />
    </>,
  );

  it('links each source out safely, with its stance', () => {
    expect(markup).toContain(
      '<a class="public-source-link" href="https://www.ice.gov/statistics" target="_blank" rel="noopener noreferrer">ICE statistics',
    );
    expect(markup).toContain('Refutes the claim');
  });

  it('keeps the rationale\'s text and safe link but not its script or javascript: link', () => {
    expect(markup).toContain('About <strong>2,000</strong> a day.');
    expect(markup).toContain('<a href="https://www.ice.gov/" target="_blank" rel="noopener noreferrer">ICE');
    expect(markup).not.toMatch(/script|javascript|alert/);
  });
});

describe('ClaimReviewScript', () => {
  it('puts the escaped JSON in the page, so a claim cannot close the element', () => {
    const review = buildClaimReview({
      revisions: [{ ...claim, claimText: 'ICE </script><script>alert(1)</script>', claimant: 'Miller' }],
      article: { title: 'ICE arrests', url: null, publishedAt: seed.publishedAt },
      pageUrl: 'https://factmark.example/p/x/y',
      organization: { name: 'Factmark', url: 'https://factmark.example', logo: null },
    })!;
    const markup = renderToStaticMarkup(<ClaimReviewScript review={review} />);
    expect(markup.match(/<\/script>/g)).toHaveLength(1);
    const json = markup.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(json)).toEqual(review);
  });
});

describe('NewsroomByline', () => {
  it('links the newsroom\'s name and logo to its website in a new tab', () => {
    const markup = renderToStaticMarkup(
      <NewsroomByline
        organization={{ name: 'Harbour Gazette', url: 'https://harbour.example/', website: 'https://harbour.example/', logo: 'https://harbour.example/logo.png' }}
      />,
    );
    expect(markup).toContain(
      '<p class="public-byline">Fact-checked by <a class="public-byline-link" href="https://harbour.example/" target="_blank" rel="noopener noreferrer">' +
        '<img class="public-byline-logo" src="https://harbour.example/logo.png" alt="" width="32" height="32"/><strong>Harbour Gazette</strong>' +
        '<span class="visually-hidden"> (opens in a new tab)</span></a></p>',
    );
  });

  it('names a newsroom without a website in plain text', () => {
    const markup = renderToStaticMarkup(<NewsroomByline organization={{ name: 'Demo Newsroom', url: 'https://factmark.example', website: null, logo: null }} />);
    expect(markup).toBe('<p class="public-byline">Fact-checked by <strong>Demo Newsroom</strong></p>');
  });
});
