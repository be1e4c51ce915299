// Automated accessibility checks (axe): the violations a test accepts none of.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The serious and critical axe violations on the page, or only within the `include` selectors. */
export async function seriousViolations(page: Page, include: string[] = []) {
  let builder = new AxeBuilder({ page });
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** The page, as it is now, fits a 360 px screen without scrolling sideways; the viewport is put back after. */
export async function expectFitsASmallScreen(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
  if (viewport !== null) await page.setViewportSize(viewport);
}
