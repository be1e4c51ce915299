import { describe, expect, it } from 'vitest';
import { articleUrlProblem, newArticleProblems, type NewArticleFields } from './new-article-problems';

const valid: NewArticleFields = {
  title: 'A story',
  url: 'https://example.org/news/story?id=1#top',
  publisher: 'Example News',
  publishedAt: '2025-11-20',
  bodyText: 'Some text.',
};

describe('articleUrlProblem', () => {
  it('accepts an empty URL and http(s) web addresses', () => {
    for (const url of ['', '   ', 'https://example.org', 'HTTP://EXAMPLE.ORG/a%20b', ' https://example.org/x ']) {
      expect(articleUrlProblem(url), url).toBeNull();
    }
  });

  it('refuses other schemes, relative addresses and white space with a message saying what is wanted', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'example.org', '/news', 'https://', 'https://exa mple.org', 'mailto:a@b.c']) {
      expect(articleUrlProblem(url), url).toMatch(/must be a web address starting with http:\/\/ or https:\/\//);
    }
  });

  it('refuses a URL over 2,048 characters', () => {
    expect(articleUrlProblem(`https://example.org/${'a'.repeat(2048)}`)).toMatch(/at most 2048 characters/);
  });
});

describe('newArticleProblems', () => {
  it('finds nothing wrong with a complete article, nor with only a title and a text', () => {
    expect(newArticleProblems(valid)).toEqual({});
    expect(newArticleProblems({ ...valid, url: '', publisher: '', publishedAt: '' })).toEqual({});
  });

  it('names every problem at once', () => {
    expect(
      newArticleProblems({ title: '  ', url: 'javascript:x', publisher: 'p'.repeat(501), publishedAt: '2025-11', bodyText: ' \n\n ' }),
    ).toEqual({
      title: 'Give the article a title.',
      url: expect.stringMatching(/http:\/\/ or https:\/\//),
      publisher: 'The publisher must be at most 500 characters long.',
      publishedAt: expect.stringMatching(/full date/),
      body: "Paste or type the article's text.",
    });
  });

  it('counts characters as the database does: 500 emoji are a fine title, 501 are not', () => {
    expect(newArticleProblems({ ...valid, title: '😀'.repeat(500) })).toEqual({});
    expect(newArticleProblems({ ...valid, title: '😀'.repeat(501) }).title).toMatch(/at most 500 characters/);
  });
});
