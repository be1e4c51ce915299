// Signing in and out as the seeded demo checker, and what a signed-out visitor is shown.
import { seedArticle } from './support/arrange-articles.ts';
import { demoChecker } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn, signInAs } from './support/sign-in.ts';

test('the demo checker signs in, finds the seed article and reads it', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  await signIn(page);

  // Back to the page that asked for sign-in: the home page (the dashboard), which lists the articles.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('link', { name: seedArticle.title })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(demoChecker.email);
  const articleLink = page.getByRole('link', { name: seedArticle.title });
  await expect(articleLink).toBeVisible();
  await expect(page.getByRole('listitem').filter({ has: articleLink })).toContainText(
    seedArticle.publicationDate,
  );

  await articleLink.click();

  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible();
  const body = page.getByRole('textbox', { name: 'Article text' });
  await expect(body.getByText(seedArticle.sentence)).toBeVisible();
  await expect(body).toHaveAttribute('aria-readonly', 'true');
  await expect(page).toHaveTitle(`${seedArticle.title} · Factmark`);
  await expect(page.getByRole('link', { name: 'Public fact-check page' })).toHaveAttribute('href', /^\/p\/[0-9a-f-]{36}$/);
});

test('a wrong password is refused and the email stays typed', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(demoChecker.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('alert')).toHaveText('Invalid login credentials');
  await expect(page.getByLabel('Email')).toHaveValue(demoChecker.email);
  await expect(page.getByLabel('Password')).toHaveValue('not-the-password');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});

test('an unknown account gets the same answer as a wrong password', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('nobody@example.com');
  await page.getByLabel('Password').fill(demoChecker.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('alert')).toHaveText('Invalid login credentials');
});

test('signing out returns to the sign-in page and ends the session', async ({ page }) => {
  await signInAs(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText(demoChecker.email);

  await page.goto('/articles');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});

test('a signed-out visit to an article goes through sign-in and back to the article', async ({
  page,
}) => {
  await signInAs(page);
  await page.getByRole('link', { name: seedArticle.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible();
  const articleUrl = page.url();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.goto(articleUrl);

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(seedArticle.sentence)).toHaveCount(0);
  await signIn(page);
  await expect(page).toHaveURL(articleUrl);
  await expect(page.getByText(seedArticle.sentence)).toBeVisible();
});

test('an unknown article address says so', async ({ page }) => {
  await signInAs(page);

  await page.goto('/articles/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();

  await page.goto('/articles/not-an-id');
  await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
});

test('the sign-in page starts in the email field, also after signing out', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByLabel('Email')).toBeFocused();
  await signIn(page);
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeFocused();
});
