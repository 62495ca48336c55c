import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fluent UI's focus manager (Tabster, e.g. in TabList) puts `<i data-tabster-dummy
 * aria-hidden="true" tabindex="0">` around groups: they only pass focus on, and are hidden so
 * screen readers do not announce them. axe reads them as aria-hidden-focus; Fluent calls this
 * by design and Accessibility Insights suppresses exactly these nodes
 * (microsoft/fluentui#27517, microsoft/accessibility-insights-web#7605). Only those nodes are
 * skipped here; the rule still runs for everything else.
 */
const isTabsterDummy = (ruleId: string, html: string) =>
  ruleId === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

/** The part of the DOM the wait below needs (the tests compile without the DOM library). */
type AnimatedDocument = { getAnimations(): { playState: string }[] };

/** Violations as readable lines, so a failure says what and where (`within`: one part only). */
export async function violations(page: Page, within?: string): Promise<string[]> {
  // Let any opening panel finish its motion first (colours mid-fade are not the real ones).
  // A function, not a string: the tab's CSP forbids eval, and string predicates need it.
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: AnimatedDocument }).document;
    return doc.getAnimations().every((a) => a.playState !== 'running');
  });
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const result = await (within === undefined ? builder : builder.include(within)).analyze();
  return result.violations.flatMap((v) =>
    v.nodes
      .filter((n) => !isTabsterDummy(v.id, n.html))
      .map((n) => `${v.id} (${v.impact}): ${n.html} – ${n.failureSummary ?? ''}`),
  );
}
