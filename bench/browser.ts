// Launches the benchmark's Chromium the same way the end-to-end tests do.
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';

export const chromiumPath = chromiumLaunchOptions.executablePath;

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}
