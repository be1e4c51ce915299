// End-to-end tests: Debian's Chromium against the app on its own Vite server and its own
// throwaway stack (ports 26xxx, see e2e/global-setup.ts), one test at a time.
// CHROMIUM_PATH points at another Chromium where Debian's is not installed.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.ts';
import { e2eAppUrl } from './e2e/ports.ts';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: e2eAppUrl,
    locale: 'en-US',
    // West of UTC, so a publication date shown a day early (a UTC midnight read as local time) fails.
    timezoneId: 'America/Los_Angeles',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
});
