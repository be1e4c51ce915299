// Shared steps and facts for the end-to-end specs. The demo accounts and the article come
// from supabase/seed.sql.
import { expect, type Page } from '@playwright/test';

export const demoChecker = { email: 'checker@example.com', password: 'factmark-demo' };

export const seedArticle = {
  title: 'ICE carries out record number of immigration arrests in a single day',
  publicationDate: 'June 5, 2025',
  sentence: 'One NBC reporter saw seven illegal immigrants who showed up for a check-in in New York City get arrested by ICE.',
};

export async function signIn(page: Page, account = demoChecker) {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(account.email);
}
