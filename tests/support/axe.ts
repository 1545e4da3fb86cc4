import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA: the rule tags every axe run of the suite checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * An axe run over WCAG 2.2 AA, with `enhanced` also body text at 7:1 (AAA
 * contrast, outside the tags), in one run. Every rule runs; what is cut is
 * work no assertion reads: details of passed and incomplete rules (each still
 * listed, with one node), and the default mode's blank page per run in which
 * the frames' partial results are merged (a run took about a
 * quarter of the time without it). That mode exists for frames of other origins, which no page
 * of this site has (tests/support/site.ts watchPage fails any request to
 * another origin); a same-origin frame is still checked.
 */
export function axe(page: Page, { enhanced = false }: { enhanced?: boolean } = {}): AxeBuilder {
  return new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: AXE_TAGS },
      resultTypes: ['violations'],
      ...(enhanced ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {}),
    })
    .setLegacyMode();
}

/** Violations as "rule: targets" lines, so a failure names what to fix. */
export async function axeViolations(builder: AxeBuilder): Promise<string[]> {
  const { violations } = await builder.analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
