// Every page an editor works on fits a 360 px screen without scrolling sideways.
import { demoEditor } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signInAs } from './support/sign-in.ts';

for (const path of ['/', '/articles', '/review', '/ready', '/my-work', '/articles/new']) {
  test(`${path} fits a 360 px screen`, async ({ page }) => {
    await signInAs(page, demoEditor);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
  });
}
