// Signing in through the app's own form, as a person does.
import { expect, type Page } from '@playwright/test';
import { type DemoAccount, demoChecker } from './demo-accounts.ts';

/** Fills in the sign-in form the page shows (the app sends a signed-out visitor there). */
export async function signIn(page: Page, account: DemoAccount = demoChecker) {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(account.email);
}

/** Opens the sign-in page and signs in. */
export async function signInAs(page: Page, account: DemoAccount = demoChecker) {
  await page.goto('/sign-in');
  await signIn(page, account);
}

/** Signs out with the header's button, as a person handing the computer over would. */
export async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}
