// Checks a new article's fields before it is sent, with the database's own limits, so a
// mistake gets a message that says what to fix instead of a constraint name.
export interface NewArticleFields {
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  bodyText: string;
}

export type NewArticleProblems = Partial<Record<'title' | 'url' | 'publisher' | 'publishedAt' | 'body', string>>;

const maxTitleLength = 500;
const maxPublisherLength = 500;
const maxUrlLength = 2048;
const maxBodyTextLength = 1_000_000;

// The same shape articles_url_must_be_http_or_https accepts: a scheme, a host, no white space.
const webAddress = /^https?:\/\/[^\s/?#]+\S*$/i;

// Postgres counts characters (code points), not UTF-16 units as String.length does.
function characterCount(text: string): number {
  let count = 0;
  for (const _character of text) count += 1;
  return count;
}

export function articleUrlProblem(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return null;
  if (!webAddress.test(trimmed) || !URL.canParse(trimmed)) {
    return 'The URL must be a web address starting with http:// or https://, such as https://example.org/news/story.';
  }
  if (characterCount(trimmed) > maxUrlLength) return `The URL must be at most ${maxUrlLength} characters long.`;
  return null;
}

export function newArticleProblems(fields: NewArticleFields): NewArticleProblems {
  const problems: NewArticleProblems = {};
  const title = fields.title.trim();
  if (title === '') problems.title = 'Give the article a title.';
  else if (characterCount(title) > maxTitleLength) problems.title = `The title must be at most ${maxTitleLength} characters long.`;

  const urlProblem = articleUrlProblem(fields.url);
  if (urlProblem !== null) problems.url = urlProblem;

  if (characterCount(fields.publisher.trim()) > maxPublisherLength) {
    problems.publisher = `The publisher must be at most ${maxPublisherLength} characters long.`;
  }

  if (fields.publishedAt !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(fields.publishedAt)) {
    problems.publishedAt = 'Enter the publication date as a full date, or leave it empty.';
  }

  if (fields.bodyText.trim() === '') problems.body = 'Paste or type the article\'s text.';
  else if (characterCount(fields.bodyText) > maxBodyTextLength) {
    problems.body = `The article's text must be at most ${maxBodyTextLength.toLocaleString('en')} characters long.`;
  }
  return problems;
}
