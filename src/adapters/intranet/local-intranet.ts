import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PublishedReport } from '../../domain/report/published-report';
import { IntranetPublishError, type IntranetPublisher } from '../../ports/intranet-publisher';
import { INDEX_FILE, INTRANET_PATH, pageFile, writeFileAtomically } from './intranet-files';
import { INTRANET_TITLE, renderIntranetIndex } from './intranet-index-page';
import {
  readManifest,
  withEntry,
  withoutEntry,
  writeManifest,
  type IntranetEntry,
} from './intranet-manifest';

/** Draws a publication's page; its link back to the subpage goes to `indexHref`. */
export type RenderIntranetPage = (
  report: PublishedReport,
  options: { readonly indexHref: string; readonly indexLabel: string },
) => Promise<string>;

export type LocalIntranetOptions = {
  /** The folder the pages, the index and the manifest are written in (created if missing). */
  readonly dir: string;
  /** The app's public address; a page's URL is `${baseUrl}/intranet/<slug>`. */
  readonly baseUrl: string;
  readonly renderPage: RenderIntranetPage;
  /** The county's, for the dates on the index. Default Europe/Helsinki. */
  readonly timeZone?: string;
};

/**
 * The intranet subpage without a tenant: each publication a static HTML file, the index
 * regenerated from a manifest. Publications run one at a time, since each rewrites the
 * manifest from what the previous one left.
 */
export function createLocalIntranet(options: LocalIntranetOptions): IntranetPublisher {
  const { dir, renderPage } = options;
  const timeZone = options.timeZone ?? 'Europe/Helsinki';
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const writeIndex = async (entries: readonly IntranetEntry[]) => {
    await writeManifest(dir, entries);
    await writeFileAtomically(join(dir, INDEX_FILE), renderIntranetIndex(entries, timeZone));
  };
  const unavailable = (error: unknown): never => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IntranetPublishError('unavailable', `local intranet in ${dir}: ${reason}`);
  };

  return {
    async publish(page, previous) {
      const file = pageFile(dir, page.slug);
      return oneAtATime(async () => {
        const html = await renderPage(page.report, {
          indexHref: `${INTRANET_PATH}/`,
          indexLabel: INTRANET_TITLE,
        });
        const entry: IntranetEntry = {
          slug: page.slug,
          title: page.report.title,
          summary: page.summary,
          publishedAt: page.publishedAt,
          language: page.report.language,
        };
        // A publication that moved to a new slug leaves no page behind under the old one.
        const moved = previous !== null && previous.slug !== page.slug ? previous.slug : null;
        try {
          await writeFileAtomically(file, html);
          await writeIndex(withEntry(await readManifest(dir), entry, moved));
          if (moved !== null) await rm(pageFile(dir, moved), { force: true });
        } catch (error) {
          unavailable(error);
        }
        return { url: `${baseUrl}${INTRANET_PATH}/${page.slug}`, pageId: null, state: 'published' };
      });
    },
    async withdraw(publication) {
      const file = pageFile(dir, publication.slug);
      return oneAtATime(async () => {
        try {
          // Off the index first, so that it never links a page already gone.
          await writeIndex(withoutEntry(await readManifest(dir), publication.slug));
          await rm(file, { force: true });
        } catch (error) {
          unavailable(error);
        }
      });
    },
  };
}
