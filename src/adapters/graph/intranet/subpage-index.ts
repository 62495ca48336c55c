import type { Client } from '@microsoft/microsoft-graph-client';
import { oneColumnSection, type TextWebPart } from './canvas-layout';
import { retryOnEtagMismatch, type ConflictRetryOptions } from './conflict-retry';
import { publishPage, readPage, updatePage } from './page-api';
import { escapeMarkup } from '../../escape-markup';
import { keepSharePointHtml } from './sharepoint-html';

/** One publication as the subpage's index lists it. */
export type IntranetIndexEntry = {
  readonly slug: string;
  readonly title: string;
  readonly url: string;
  readonly summary: string | null;
  readonly publishedAt: string;
};

/**
 * The id of the text web part RAKE keeps on the subpage. Only this part is rewritten; what the
 * editors wrote around it stays.
 */
export const INDEX_WEB_PART_ID = '5b3c9f0e-7a1d-4c52-9e8b-0d6f2a4e1c77';

const DATE = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki' });

/** Newest first; one entry per publication. */
export function indexHtml(entries: readonly IntranetIndexEntry[]): string {
  const items = [...entries]
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .map((e) => {
      const date = DATE.format(new Date(e.publishedAt));
      const summary = e.summary === null || e.summary === '' ? '' : `: ${escapeMarkup(e.summary)}`;
      return `<li><a href="${escapeMarkup(e.url)}">${escapeMarkup(e.title)}</a> (${date})${summary}</li>`;
    });
  return keepSharePointHtml(`<ul>${items.join('')}</ul>`);
}

type Section = { columns?: { webparts?: { id?: string }[] }[] };

/** The page's layout with RAKE's index part replaced, or added as a section of its own at the end. */
function withIndex(sections: readonly unknown[], html: string): unknown[] {
  const part: TextWebPart = {
    '@odata.type': '#microsoft.graph.textWebPart',
    id: INDEX_WEB_PART_ID,
    innerHtml: html,
  };
  let found = false;
  const replaced = sections.map((section) => {
    const s = section as Section;
    if (s.columns === undefined) return section;
    const columns = s.columns.map((column) => ({
      ...column,
      webparts: column.webparts?.map((w) => {
        if (w.id !== INDEX_WEB_PART_ID) return w;
        found = true;
        return part;
      }),
    }));
    return { ...s, columns };
  });
  return found ? replaced : [...replaced, oneColumnSection(sections.length + 1, [part])];
}

/**
 * Writes the list of publications into the subpage and publishes it. The list is what the app
 * records (its store is the record of what is published), not read back from the page's
 * HTML, which SharePoint's editor may have rewritten. The page is read and written under its
 * eTag, so an editor's concurrent change is not overwritten but retried on top of.
 */
export async function writeIndex(
  client: Client,
  siteId: string,
  pageId: string,
  entries: readonly IntranetIndexEntry[],
  retry?: ConflictRetryOptions,
): Promise<void> {
  const html = indexHtml(entries);
  await retryOnEtagMismatch(async () => {
    const page = await readPage(client, siteId, pageId);
    const sections = withIndex(page.canvasLayout?.horizontalSections ?? [], html);
    const content = { title: page.title, canvasLayout: { horizontalSections: sections } };
    await updatePage(client, siteId, pageId, content, page.eTag);
  }, retry);
  await publishPage(client, siteId, pageId, retry);
}
