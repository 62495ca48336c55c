import type { GraphRequest, HandlerContext } from './context';
import { etagOfPage, versionIdOf, type PageState } from './pages-state';
import type { CallerIdentity } from './token-identity';

const SITE_PAGE = '#microsoft.graph.sitePage';

type Json = Record<string, unknown>;

const identitySet = (who: CallerIdentity) => ({
  user: { displayName: who.displayName, ...(who.email === null ? {} : { email: who.email }) },
});

/** A sitePage as Graph answers it; `canvasLayout` only when expanded. */
export function pageJson(page: PageState, req: GraphRequest, ctx: HandlerContext): Json {
  const expand = (req.query.get('$expand') ?? '').split(',').includes('canvasLayout');
  const body: Json = {
    '@odata.context': `${ctx.serviceRoot}/$metadata#sites('${page.siteId}')/pages/$entity`,
    '@odata.type': SITE_PAGE,
    '@odata.etag': etagOfPage(page),
    id: page.id,
    eTag: etagOfPage(page),
    name: page.name,
    webUrl: page.webUrl,
    title: page.title,
    pageLayout: page.pageLayout,
    promotionKind: page.promotionKind,
    createdDateTime: page.createdDateTime,
    lastModifiedDateTime: page.lastModifiedDateTime,
    createdBy: identitySet(page.createdBy),
    lastModifiedBy: identitySet(page.lastModifiedBy),
    publishingState: {
      level: page.level,
      versionId: versionIdOf(page),
      ...(page.level === 'checkout' ? { checkedOutBy: identitySet(page.lastModifiedBy) } : {}),
    },
    ...(expand ? { canvasLayout: page.canvasLayout } : {}),
  };
  // "Accept: application/json;odata.metadata=none" (sitePage get): a body fit to send back.
  const accept = req.headers['accept'] ?? '';
  return /odata\.metadata=none/i.test(accept) ? withoutMetadata(body) : body;
}

function withoutMetadata(value: unknown): Json {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v as Json)
        .filter(([k]) => !k.startsWith('@odata.'))
        .map(([k, inner]) => [k, strip(inner)]),
    );
  };
  return strip(value) as Json;
}
