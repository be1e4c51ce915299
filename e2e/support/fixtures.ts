// The end-to-end tests' `test`: Playwright's, plus the articles a test works on and the
// people it brings in, removed once it ends, passed or failed (articles with their claims,
// sources and comments; people with their invitations and the newsrooms they started).
import { test as base } from '@playwright/test';
import { type ArticleCopy, copySeedArticle, deleteArticles, uniqueTitle } from './arrange-articles.ts';
import { type NewPerson, removePeople, unknownPerson } from './arrange-people.ts';

interface ArticleFixtures {
  /**
   * Makes `title` unique for an article the test adds itself (through the new-article form or
   * the API); every article under a title it gave is removed after the test.
   */
  newArticleTitle: (title: string) => string;
  /** Copies the seed article under a unique form of `title`, so the test sees no other test's claims. */
  articleCopy: (title: string) => Promise<ArticleCopy>;
  /** A person with a unique address and no account yet; whatever account they get is removed after the test. */
  newPerson: (displayName: string) => NewPerson;
}

export const test = base.extend<ArticleFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern, and this one has none.
  newArticleTitle: async ({}, use) => {
    const titles: string[] = [];
    await use((title) => {
      const unique = uniqueTitle(title);
      titles.push(unique);
      return unique;
    });
    await deleteArticles({ titles });
  },
  articleCopy: async ({ newArticleTitle }, use) => {
    await use((title) => copySeedArticle(newArticleTitle(title)));
  },
  // eslint-disable-next-line no-empty-pattern -- as above: no dependencies.
  newPerson: async ({}, use) => {
    const emails: string[] = [];
    await use((displayName) => {
      const person = unknownPerson(displayName);
      emails.push(person.email);
      return person;
    });
    await removePeople(emails);
  },
});

export { expect } from '@playwright/test';
