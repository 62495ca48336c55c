import type { Client } from '@microsoft/microsoft-graph-client';
import type { PublishedFigure, PublishedReport } from '../../../domain/report/published-report';
import type { ChartImage } from './image-web-part';
import { graphStatus } from './intranet-failure';
import { drawsAChart } from '../../../domain/report';

/** Draws a figure's chart as PNG bytes. */
export type ChartPng = (figure: PublishedFigure) => Promise<Buffer>;

type DriveItem = { id: string; webUrl: string; sharepointIds?: ChartImage['sharepointIds'] };

/** The folder of one publication's charts in the assets library. */
const folderOf = (slug: string) => `RAKE/${encodeURIComponent(slug)}`;

/** Width and height from the PNG header (IHDR), for the Image web part's proportions. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== signature) {
    throw new Error('The chart is not a PNG image');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The site's "Site Assets" library, where SharePoint itself keeps page images. Found by its
 * URL name, which is the same in every language (its title is "Sivuston resurssit" on a
 * Finnish site); a site that never had one gets the charts in its default library.
 */
export async function assetsDriveId(client: Client, siteId: string): Promise<string> {
  const drives = (await client.api(`/sites/${siteId}/drives`).select('id,webUrl').get()) as {
    value: { id: string; webUrl: string }[];
  };
  const assets = drives.value.find((d) => /\/SiteAssets\/?$/i.test(d.webUrl));
  if (assets !== undefined) return assets.id;
  const fallback = (await client.api(`/sites/${siteId}/drive`).select('id').get()) as {
    id: string;
  };
  return fallback.id;
}

/**
 * Uploads each figure's chart to `RAKE/<slug>/<figure key>.png` (a republish replaces them) and
 * answers where each lies, by figure key.
 */
export async function uploadCharts(
  client: Client,
  driveId: string,
  slug: string,
  report: PublishedReport,
  chartPng: ChartPng,
): Promise<Map<string, ChartImage>> {
  const images = new Map<string, ChartImage>();
  // A figure whose every value is suppressed has no chart: its table stands alone.
  for (const figure of report.sections.flatMap((s) => s.figures).filter(drawsAChart)) {
    const png = await chartPng(figure);
    const path = `${folderOf(slug)}/${encodeURIComponent(figure.key)}.png`;
    const uploaded = (await client
      .api(`/drives/${driveId}/root:/${path}:/content`)
      .header('Content-Type', 'image/png')
      .put(png)) as DriveItem;
    // The upload's answer leaves `sharepointIds` out unless they are selected.
    const item = (await client
      .api(`/drives/${driveId}/items/${uploaded.id}`)
      .select('id,webUrl,sharepointIds')
      .get()) as DriveItem;
    images.set(figure.key, {
      webUrl: item.webUrl,
      sharepointIds: item.sharepointIds ?? null,
      ...pngSize(png),
    });
  }
  return images;
}

/** Deletes a publication's charts; a folder already gone counts as deleted. */
export async function deleteCharts(client: Client, driveId: string, slug: string): Promise<void> {
  try {
    await client.api(`/drives/${driveId}/root:/${folderOf(slug)}`).delete();
  } catch (error) {
    if (graphStatus(error) !== 404) throw error;
  }
}
