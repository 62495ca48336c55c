import type { GraphRequest, HandlerContext } from './context';
import type { DriveState, FileState } from './drives-state';
import { graphError, ok, type GraphResponse } from './errors';
import { callerOf } from './token-identity';

type Json = Record<string, unknown>;

const SITE_DRIVES = /^\/sites\/([^/]+)\/(drives|drive)(\/.*)?$/;
const BY_PATH = /^\/root:\/(.+?):?(\/content)?$/;
const BY_ID = /^\/items\/([^/]+)$/;

function driveJson(drive: DriveState): Json {
  return { id: drive.id, name: drive.name, webUrl: drive.webUrl, driveType: 'documentLibrary' };
}

function fileJson(drive: DriveState, file: FileState, req: GraphRequest): Json {
  const select = (req.query.get('$select') ?? '').split(',').filter((s) => s !== '');
  const [, collectionId = drive.id, webId = drive.id] = drive.siteId.split(',');
  const all: Json = {
    id: file.id,
    name: file.path.split('/').pop(),
    webUrl: `${drive.webUrl}/${file.path.split('/').map(encodeURIComponent).join('/')}`,
    size: file.bytes.length,
    file: { mimeType: file.contentType },
    lastModifiedDateTime: file.lastModifiedDateTime,
    createdBy: { user: { displayName: file.createdBy.displayName } },
    parentReference: { driveId: drive.id, driveType: 'documentLibrary' },
  };
  // Graph answers `sharepointIds` only when it is selected.
  const sharepointIds = {
    listId: drive.listId,
    listItemUniqueId: file.uniqueId,
    siteId: collectionId,
    webId,
    siteUrl: new URL(drive.webUrl).origin,
  };
  if (select.length === 0) return all;
  const chosen: Json = {};
  for (const name of select) {
    if (name === 'sharepointIds') chosen[name] = sharepointIds;
    else if (name in all) chosen[name] = all[name];
  }
  return chosen;
}

/** `/sites/{site}/drives`, `/sites/{site}/drive[…]`, `/drives/{drive}/root:/{path}:[/content]`, `/drives/{drive}/items/{id}`. */
export function routeDrives(req: GraphRequest, ctx: HandlerContext): GraphResponse | null {
  const drives = ctx.state.drives;
  let drive: DriveState | null = null;
  let rest: string;
  const site = SITE_DRIVES.exec(req.path);
  if (site !== null) {
    const siteId = decodeURIComponent(site[1] ?? '');
    if (ctx.state.site(siteId) === null) return graphError(404, 'itemNotFound', 'Site not found.');
    const ofSite = drives.ofSite(siteId);
    if (site[2] === 'drives') {
      if (site[3] !== undefined) return null;
      return req.method === 'GET' ? ok(200, { value: ofSite.map(driveJson) }) : null;
    }
    drive = ofSite[0] ?? null;
    rest = site[3] ?? '';
  } else {
    const match = /^\/drives\/([^/]+)(\/.*)?$/.exec(req.path);
    if (match === null) return null;
    drive = drives.find(decodeURIComponent(match[1] ?? ''));
    rest = match[2] ?? '';
  }
  if (drive === null) return graphError(404, 'itemNotFound', 'The drive was not found.');
  if (rest === '') return req.method === 'GET' ? ok(200, driveJson(drive)) : null;

  const byPath = BY_PATH.exec(rest);
  if (byPath !== null) {
    const path = decodeURIComponent(byPath[1] ?? '');
    if (byPath[2] === '/content' && req.method === 'PUT') {
      if (!Buffer.isBuffer(req.body)) {
        return graphError(400, 'invalidRequest', 'Upload the file content as the request body.');
      }
      const type = req.headers['content-type'] ?? 'application/octet-stream';
      const author = callerOf(req.headers['authorization']);
      const { file, created } = drives.put(drive, path, req.body, type, author);
      return ok(created ? 201 : 200, fileJson(drive, file, req));
    }
    const files = drives.under(drive, path);
    if (files.length === 0)
      return graphError(404, 'itemNotFound', 'The resource could not be found.');
    if (req.method === 'DELETE') {
      drives.remove(drive, files);
      return ok(204, null);
    }
    const file = drives.fileAt(drive, path);
    if (req.method === 'GET' && file !== null) return ok(200, fileJson(drive, file, req));
    return null;
  }
  const byId = BY_ID.exec(rest);
  const file = [...drive.files.values()].find((f) => f.id === byId?.[1]);
  if (byId === null) return null;
  if (file === undefined)
    return graphError(404, 'itemNotFound', 'The resource could not be found.');
  if (req.method === 'GET') return ok(200, fileJson(drive, file, req));
  if (req.method === 'DELETE') {
    drives.remove(drive, [file]);
    return ok(204, null);
  }
  return null;
}
