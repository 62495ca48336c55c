import type { Page } from 'playwright-core';

/** What the page's own functions see (the tests are compiled without the DOM library). */
type Element = {
  id: string;
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
};
type InPage = {
  innerWidth: number;
  document: {
    activeElement: Element | null;
    scrollingElement: { scrollWidth: number } | null;
  };
};

/** The focused element: its tag, id, text and the named data attribute's value. */
export const focused = (page: Page, attribute = 'data-item-id') =>
  page.evaluate((name) => {
    const active = (globalThis as unknown as InPage).document.activeElement;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      id: active?.id ?? '',
      text: active?.textContent?.trim() ?? '',
      data: active?.getAttribute(name) ?? null,
    };
  }, attribute);

export type Focused = Awaited<ReturnType<typeof focused>>;

/** Waits (focus moves on the next frame) until the focus matches, then says where it is. */
export async function focusSettled(
  page: Page,
  wanted: Partial<Focused>,
  attribute?: string,
): Promise<Focused> {
  let now = await focused(page, attribute);
  for (let i = 0; i < 40; i += 1) {
    if (Object.entries(wanted).every(([k, v]) => now[k as keyof Focused] === v)) break;
    await page.waitForTimeout(50);
    now = await focused(page, attribute);
  }
  return now;
}

/** How far the page scrolls sideways (0: not at all). */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as InPage;
    return (g.document.scrollingElement?.scrollWidth ?? 0) - g.innerWidth;
  });
