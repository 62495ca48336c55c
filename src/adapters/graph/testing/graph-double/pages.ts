import { validCanvasLayout } from './canvas-validation';
import type { GraphRequest, HandlerContext } from './context';
import { GraphErrorSignal, graphError, ok, type GraphResponse } from './errors';
import { pageJson } from './page-representation';
import { etagOfPage, publishNow, type PageState, type SitePagesState } from './pages-state';
import { callerOf } from './token-identity';

const SITE_PAGE = '#microsoft.graph.sitePage';
const CAST = 'microsoft.graph.sitePage';
const PAGE_LAYOUTS = new Set(['article', 'home', 'microsoftReserved']);
/** Properties only the sitePage type has: without the type annotation Graph cannot read them. */
const SITE_PAGE_ONLY = ['canvasLayout', 'titleArea', 'showComments', 'showRecommendedPages'];
const INVALID_NAME = /["*:<>?/\\|#%]/;

type Json = Record<string, unknown>;

function bodyOf(req: GraphRequest): Json {
  const { body } = req;
  if (body === null || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) {
    throw new GraphErrorSignal(400, 'BadRequest', 'The request body must be a sitePage.');
  }
  const json = body as Json;
  // The trap every first client falls into: without the type, Graph reads a baseSitePage.
  if (json['@odata.type'] !== SITE_PAGE) {
    const only = SITE_PAGE_ONLY.find((key) => key in json);
    if (only !== undefined) {
      throw new GraphErrorSignal(
        400,
        'BadRequest',
        `Could not find a property named '${only}' on type 'microsoft.graph.baseSitePage'.`,
      );
    }
  }
  return json;
}

function createPage(siteId: string, req: GraphRequest, ctx: HandlerContext): GraphResponse {
  const json = bodyOf(req);
  const { name, title } = json;
  if (
    typeof name !== 'string' ||
    !name.toLowerCase().endsWith('.aspx') ||
    INVALID_NAME.test(name)
  ) {
    return graphError(400, 'invalidRequest', 'The page name must be a file name ending in .aspx.');
  }
  if (typeof title !== 'string' || title.trim() === '') {
    return graphError(400, 'invalidRequest', 'The page needs a title.');
  }
  const pageLayout = json['pageLayout'] ?? 'article';
  if (typeof pageLayout !== 'string' || !PAGE_LAYOUTS.has(pageLayout)) {
    return graphError(
      400,
      'invalidRequest',
      `The page layout '${String(pageLayout)}' is not valid.`,
    );
  }
  const pages = ctx.state.pages;
  if (pages.ofSite(siteId).some((p) => p.name.toLowerCase() === name.toLowerCase())) {
    // Graph does not document this answer; a client should not rely on more than the status.
    return graphError(409, 'nameAlreadyExists', `A page named '${name}' already exists.`);
  }
  const canvasLayout = validCanvasLayout(json['canvasLayout'] ?? { horizontalSections: [] });
  const page = pages.add(
    siteId,
    { name, title, pageLayout, canvasLayout },
    callerOf(req.headers['authorization']),
  );
  return ok(201, pageJson(page, req, ctx), { ETag: etagOfPage(page) });
}

function updatePage(page: PageState, req: GraphRequest, ctx: HandlerContext): GraphResponse {
  const json = bodyOf(req);
  const ifMatch = req.headers['if-match'];
  if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== etagOfPage(page)) {
    return graphError(412, 'resourceModified', 'ETag does not match the current page.');
  }
  if ('title' in json) {
    if (typeof json['title'] !== 'string' || json['title'].trim() === '') {
      return graphError(400, 'invalidRequest', 'The page needs a title.');
    }
    page.title = json['title'];
  }
  // The update replaces the whole layout (Graph: "does not support partial updates").
  if ('canvasLayout' in json) page.canvasLayout = validCanvasLayout(json['canvasLayout']);
  if (json['promotionKind'] === 'newsPost') page.promotionKind = 'newsPost';
  page.lastModifiedBy = callerOf(req.headers['authorization']);
  page.lastModifiedDateTime = new Date().toISOString();
  page.minor += 1;
  page.level = 'checkout';
  page.etagVersion += 1;
  return ok(200, pageJson(page, req, ctx), { ETag: etagOfPage(page) });
}

function publishPage(page: PageState, pages: SitePagesState): GraphResponse {
  if (page.publishMismatchesLeft > 0) {
    page.publishMismatchesLeft -= 1;
    return graphError(
      pages.options.publishMismatchStatus,
      'resourceModified',
      'The resource has changed since the caller last read it; usually an eTag mismatch',
    );
  }
  if (pages.options.approvalRequired) {
    page.minor += 1;
    page.level = 'draft';
    page.pendingApproval = true;
    page.etagVersion += 1;
  } else {
    publishNow(page);
  }
  return ok(204, null);
}

/** `/sites/{site}/pages[/{page}[/microsoft.graph.sitePage[/publish]]]`. */
export function routePages(
  siteId: string,
  rest: readonly string[],
  req: GraphRequest,
  ctx: HandlerContext,
): GraphResponse {
  const m = req.method;
  const pages = ctx.state.pages;
  const [pageId, cast, action, ...more] = rest;
  if (pageId === undefined) {
    if (m === 'POST') return createPage(siteId, req, ctx);
    if (m === 'GET')
      return ok(200, { value: pages.ofSite(siteId).map((p) => pageJson(p, req, ctx)) });
    return graphError(405, 'BadRequest', 'The HTTP method is not allowed on this resource.');
  }
  const page = pages.find(siteId, pageId);
  if (page === null) return graphError(404, 'itemNotFound', 'The page was not found.');
  if (more.length > 0 || (cast !== undefined && cast !== CAST)) {
    return graphError(400, 'BadRequest', `Resource not found for the segment '${req.path}'.`);
  }
  if (action === 'publish' && m === 'POST') return publishPage(page, pages);
  if (action !== undefined) return graphError(404, 'itemNotFound', 'Resource not found.');
  if (m === 'GET') return ok(200, pageJson(page, req, ctx), { ETag: etagOfPage(page) });
  if (m === 'PATCH' && cast === CAST) return updatePage(page, req, ctx);
  if (m === 'DELETE' && cast === undefined) {
    pages.remove(page);
    return ok(204, null);
  }
  return graphError(405, 'BadRequest', 'The HTTP method is not allowed on this resource.');
}
