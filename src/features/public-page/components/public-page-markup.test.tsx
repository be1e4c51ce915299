// @vitest-environment happy-dom
// The public page's markup for Miller's claim on the seed article: the highlight and its
// verdict label over the right words, the card with a sanitised rationale and safe source
// links, and JSON-LD that arrives in the page still escaped.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseSeedArticle } from '../../../../stack/seed/seed-article';
import fixture from '../../../../tests/fixtures/seed-article.txt?raw';
import { buildClaimReview } from '../../../lib/claim-review/build-claim-review';
import type { PublishedClaim } from '../api/get-published-claims';
import { layoutDocument } from '../utils/document-layout';
import { ArticleBody } from './article-body';
import { verdictStyle, type ClaimMarker } from './claim-marker';
import { ClaimReviewCard } from './claim-review-card';
import { ClaimReviewScript } from './claim-review-script';
import { NewsroomByline } from './newsroom-byline';

const seed = parseSeedArticle(fixture);
const quote = 'a minimum of 3,000 arrests for ICE every day';
const start = seed.bodyText.indexOf(quote);

const claim: PublishedClaim = {
  id: 'c1a1e000-0000-4000-8000-000000000001',
  claim_text: 'The administration set ICE a goal of at least 3,000 arrests every day.',
  claimant: 'Stephen Miller',
  verdict_id: 'false',
  rationale: '<p>About <b>2,000</b> a day.<script>alert(1)</script> <a href="javascript:alert(2)">Click</a> <a href="https://www.ice.gov/">ICE</a></p>',
  quote_exact: quote,
  start_offset: start,
  end_offset: start + quote.length,
  published_at: '2025-06-06T14:30:00+00:00',
  sources: [
    {
      id: 's1',
      url: 'https://www.ice.gov/statistics',
      title: 'ICE statistics',
      publisher: 'ICE',
      quote: 'Arrests averaged below 3,000 a day.',
      stance: 'refutes',
    },
  ],
};

const marker: ClaimMarker = { number: 1, label: 'False', style: verdictStyle('#b91c1c') };
const markers = new Map([[claim.id, marker]]);

describe('ArticleBody', () => {
  const markup = renderToStaticMarkup(
    <ArticleBody layout={layoutDocument(seed.body, [{ claimId: claim.id, start, end: start + quote.length }])} markers={markers} />,
  );

  it('marks exactly the claim\'s words in the verdict colour, followed by a label linking to its card', () => {
    expect(markup).toContain(
      `<mark class="public-highlight" data-claim-id="${claim.id}" style="--verdict-color:#b91c1c">${quote}</mark>` +
        `<a id="claim-${claim.id}-in-text" class="public-highlight-label" href="#claim-${claim.id}" style="--verdict-color:#b91c1c">` +
        '<span class="visually-hidden">Fact-check 1: </span><span aria-hidden="true">1 · </span>False</a>',
    );
    expect(markup.match(/<mark/g)).toHaveLength(1);
  });

  it('renders every paragraph of the seed article as a paragraph', () => {
    expect(markup.match(/<p>/g)).toHaveLength(seed.paragraphs.length);
  });
});

describe('ClaimReviewCard', () => {
  const markup = renderToStaticMarkup(<ClaimReviewCard claim={claim} marker={marker} highlighted />);

  it('shows the verdict, the claim, the claimant and the sources', () => {
    expect(markup).toContain('<span class="public-verdict" style="--verdict-color:#b91c1c">False</span>');
    expect(markup).toContain(claim.claim_text);
    expect(markup).toContain('Claimed by <strong>Stephen Miller</strong>');
    expect(markup).toContain(
      '<a class="public-source-link" href="https://www.ice.gov/statistics" target="_blank" rel="noopener noreferrer">ICE statistics',
    );
    expect(markup).toContain('Refutes the claim');
  });

  it('says so when the words it rated are no longer in the article, and offers no way to them', () => {
    const unanchored = renderToStaticMarkup(<ClaimReviewCard claim={claim} marker={marker} highlighted={false} />);
    expect(unanchored).toContain(`The words this fact-check rated, “${quote}”, are no longer in the article as it now reads`);
    expect(unanchored).not.toContain('in the article</a>');
    expect(markup).not.toContain('are no longer in the article');
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
      claim: { id: claim.id, claimText: 'ICE </script><script>alert(1)</script>', claimant: 'Miller', publishedAt: claim.published_at },
      verdict: { label: 'False', ratingValue: 1 },
      article: { title: 'ICE arrests', url: null, publishedAt: seed.publishedAt },
      pageUrl: 'https://factmark.example/p/x',
      organization: { name: 'Factmark', url: 'https://factmark.example' },
    });
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
