/** axe-core over a page with the WCAG 2.2 AA rules, one readable line per failing element. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page'];

export async function axeViolations(tab: Page, include?: string): Promise<string[]> {
  // @axe-core/playwright is typed against the newest playwright-core that npm put beside it, not
  // the one @playwright/test runs; the page object is the same at run time.
  const builder = new AxeBuilder({ page: tab as unknown as AxePage }).withTags(WCAG_22_AA);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  // One readable line per failing element, so a failure names what to fix and where.
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}
