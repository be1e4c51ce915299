// Automated accessibility checks (axe) on every page of the app, plus the keyboard path
// from the sign-in form to an article.
import { colourContrast } from '../src/features/newsroom-settings/utils/verdict-colours.ts';
import { seriousViolations } from './support/accessibility.ts';
import { seedArticle } from './support/arrange-articles.ts';
import { arrangeClaim } from './support/arrange-claims.ts';
import { articleText, selectWithMouse } from './support/article-page.ts';
import { demoChecker } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signInAs } from './support/sign-in.ts';

test('the sign-in page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Email').fill(demoChecker.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the article list and the article page have no serious accessibility violations', async ({
  page,
}) => {
  await signInAs(page);
  await expect(page.getByRole('link', { name: seedArticle.title })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: seedArticle.title }).click();
  await expect(page.getByText(seedArticle.sentence)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the annotated article page and the open claim panel have no serious accessibility violations', async ({ page, articleCopy }) => {
  const article = await articleCopy('Accessible annotations');
  const claim = await arrangeClaim(article, {
    quote: 'seven illegal immigrants who showed up for a check-in',
    claimText: 'Seven people were arrested at a check-in.',
    verdictId: 'false',
  });
  await arrangeClaim(article, { quote: 'showed up for a check-in in New York City', claimText: 'It was in New York City.' });
  await signInAs(page);
  await page.goto(`/articles/${article.id}`);
  await expect(articleText(page).locator(`[data-claim-id="${claim}"]`).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page
    .getByRole('article', { name: 'Seven people were arrested at a check-in.' })
    .getByRole('button', { name: /^Open/ })
    .click();
  await expect(page.getByRole('region', { name: 'Edit claim' }).getByLabel('Claimant')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await selectWithMouse(page, 'ankle monitors, smartphone apps');
  await page.getByRole('button', { name: 'Add claim' }).click();
  await expect(page.getByRole('region', { name: 'New claim' }).getByLabel('Claimant')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the not-found page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a keyboard user signs in and opens the article', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  // The form starts in the email field; Shift+Tab reaches the skip link and the brand before it.
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Factmark' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(demoChecker.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(demoChecker.password);
  await page.keyboard.press('Enter');

  const articleLink = page.getByRole('link', { name: seedArticle.title });
  await expect(articleLink).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
  // Other specs add articles of their own, so the seed article is not always the first link.
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    if (await articleLink.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(articleLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
});

test('the article text shows its keyboard focus with at least 3:1 contrast', async ({ page }) => {
  await signInAs(page);
  await page.getByRole('link', { name: seedArticle.title }).click();
  await articleText(page).focus();
  const outline = await articleText(page).evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.outlineColor, width: style.outlineWidth, style: style.outlineStyle };
  });
  expect(outline.style).toBe('solid');
  expect(Number.parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
  const hex = `#${outline.color.match(/\d+/g)!.slice(0, 3).map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`;
  expect(colourContrast(hex).onWhite).toBeGreaterThanOrEqual(3);
});
