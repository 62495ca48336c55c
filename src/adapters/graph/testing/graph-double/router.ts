import type { GraphRequest, HandlerContext } from './context';
import { GraphErrorSignal, graphError, type GraphResponse } from './errors';
import { routeDrives } from './drives';
import * as items from './items';
import * as lists from './lists';
import { routePages } from './pages';

/**
 * Routes one Graph request (path without `/v1.0`) to its handler. Supported:
 * `/sites/{site}/lists[/{list}[/columns[/{column}]|/items[/{item}[/fields]]]]`, and DELETE of a list;
 * site pages (pages.ts) and the document libraries' files (drives.ts).
 */
export function route(req: GraphRequest, ctx: HandlerContext): GraphResponse {
  const fault = ctx.faults.take(req.method, req.path);
  if (fault) return fault;
  try {
    return dispatch(req, ctx);
  } catch (error) {
    if (error instanceof GraphErrorSignal)
      return graphError(error.status, error.code, error.message);
    throw error;
  }
}

function notFound(what: string): GraphResponse {
  return graphError(404, 'itemNotFound', `${what} not found.`);
}

function methodNotAllowed(): GraphResponse {
  return graphError(405, 'BadRequest', 'The HTTP method is not allowed on this resource.');
}

function dispatch(req: GraphRequest, ctx: HandlerContext): GraphResponse {
  const files = routeDrives(req, ctx);
  if (files !== null) return files;
  const segments = req.path
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
  const [root, siteId, listsSegment, listId, sub, subId, leaf, ...rest] = segments;
  if (root === 'sites' && siteId && listsSegment === 'pages') {
    if (!ctx.state.site(siteId)) return notFound('Site');
    return routePages(siteId, segments.slice(3), req, ctx);
  }
  if (root !== 'sites' || !siteId || listsSegment !== 'lists' || rest.length > 0) {
    return graphError(400, 'BadRequest', `Resource not found for the segment '${req.path}'.`);
  }
  const site = ctx.state.site(siteId);
  if (!site) return notFound('Site');
  const m = req.method;

  if (listId === undefined) {
    if (m === 'GET') return lists.listLists(site, req, ctx);
    if (m === 'POST') return lists.createList(site, req, ctx);
    return methodNotAllowed();
  }
  const list = ctx.state.findList(siteId, listId);
  if (!list) return notFound('List');

  if (sub === undefined) {
    if (m === 'GET') return lists.getList(list, req);
    if (m === 'DELETE') return lists.deleteList(site, list);
    return methodNotAllowed();
  }

  if (sub === 'columns') {
    if (leaf !== undefined) return notFound('Resource');
    if (subId === undefined) {
      if (m === 'GET') return lists.listColumns(list);
      if (m === 'POST') return lists.createColumn(list, req);
      return methodNotAllowed();
    }
    return m === 'PATCH' ? lists.updateColumn(list, subId, req) : methodNotAllowed();
  }

  if (sub === 'items') {
    if (subId === undefined) {
      if (m === 'GET') return items.listItems(list, req, ctx);
      if (m === 'POST') return items.createItem(list, req, ctx);
      return methodNotAllowed();
    }
    if (leaf === undefined) {
      if (m === 'GET') return items.getItem(list, subId, req);
      if (m === 'PATCH') return items.updateItem(list, subId, req);
      if (m === 'DELETE') return items.deleteItem(list, subId, req);
      return methodNotAllowed();
    }
    if (leaf === 'fields') {
      if (m === 'GET') return items.getItemFields(list, subId);
      if (m === 'PATCH') return items.updateItemFields(list, subId, req);
      return methodNotAllowed();
    }
  }
  return notFound('Resource');
}
