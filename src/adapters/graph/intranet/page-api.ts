import type { Client } from '@microsoft/microsoft-graph-client';
import { retryOnEtagMismatch, type ConflictRetryOptions } from './conflict-retry';
import { graphStatus } from './intranet-failure';

const SITE_PAGE = '#microsoft.graph.sitePage';
/** sitePage get: "Removes all OData metadata … when the response will be used in another request". */
const NO_METADATA = 'application/json;odata.metadata=none';

export type PageRef = { readonly id: string; readonly webUrl: string };

export type PageContent = { readonly title: string; readonly canvasLayout: unknown };

export type ReadPage = PageRef & {
  readonly eTag: string;
  readonly title: string;
  readonly canvasLayout: { readonly horizontalSections?: readonly unknown[] } | null;
  /** `published`, or `checkout`/`draft` while checked out or waiting for page approval. */
  readonly level: string | null;
};

const pagePath = (siteId: string, pageId: string) =>
  `/sites/${siteId}/pages/${pageId}/microsoft.graph.sitePage`;

/** A new page, checked out to the caller. The type annotation is what lets Graph read the layout. */
export async function createPage(
  client: Client,
  siteId: string,
  name: string,
  content: PageContent,
): Promise<PageRef> {
  const body = { '@odata.type': SITE_PAGE, name, pageLayout: 'article', ...content };
  const page = (await client.api(`/sites/${siteId}/pages`).post(body)) as PageRef;
  return { id: page.id, webUrl: page.webUrl };
}

/** Replaces the page's title and whole layout (Graph updates no part of a layout); null when the page is gone. */
export async function updatePage(
  client: Client,
  siteId: string,
  pageId: string,
  content: PageContent,
  eTag?: string,
): Promise<PageRef | null> {
  try {
    let request = client.api(pagePath(siteId, pageId));
    if (eTag !== undefined) request = request.header('If-Match', eTag);
    const page = (await request.patch({ '@odata.type': SITE_PAGE, ...content })) as PageRef;
    return { id: page.id, webUrl: page.webUrl };
  } catch (error) {
    if (graphStatus(error) === 404) return null;
    throw error;
  }
}

/** Publishes the latest version; retried while SharePoint still reports the page as changing. */
export async function publishPage(
  client: Client,
  siteId: string,
  pageId: string,
  retry?: ConflictRetryOptions,
): Promise<void> {
  await retryOnEtagMismatch(
    () => client.api(`${pagePath(siteId, pageId)}/publish`).post(null),
    retry,
  );
}

export async function readPage(client: Client, siteId: string, pageId: string): Promise<ReadPage> {
  const page = (await client
    .api(pagePath(siteId, pageId))
    .header('Accept', NO_METADATA)
    .expand('canvasLayout')
    .get()) as {
    id: string;
    webUrl: string;
    eTag: string;
    title: string;
    canvasLayout?: ReadPage['canvasLayout'];
    publishingState?: { level?: string };
  };
  return {
    id: page.id,
    webUrl: page.webUrl,
    eTag: page.eTag,
    title: page.title,
    canvasLayout: page.canvasLayout ?? null,
    level: page.publishingState?.level ?? null,
  };
}

/** Deletes the page; one already gone counts as deleted. */
export async function deletePage(client: Client, siteId: string, pageId: string): Promise<void> {
  try {
    await client.api(`/sites/${siteId}/pages/${pageId}`).delete();
  } catch (error) {
    if (graphStatus(error) !== 404) throw error;
  }
}
