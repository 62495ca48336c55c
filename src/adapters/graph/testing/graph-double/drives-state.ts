import { randomUUID } from 'node:crypto';
import type { CallerIdentity } from './token-identity';

export type FileState = {
  readonly id: string;
  /** SharePoint's `listItemUniqueId`: what an Image web part finds its file by. */
  readonly uniqueId: string;
  /** As given, without leading slash: `RAKE/report/figure.png`. */
  readonly path: string;
  bytes: Buffer;
  contentType: string;
  readonly createdBy: CallerIdentity;
  lastModifiedDateTime: string;
};

export type DriveState = {
  readonly id: string;
  readonly siteId: string;
  /** The library's display name (localised on a real site: "Sivuston resurssit"). */
  readonly name: string;
  /** Ends with the library's URL name, which is not localised: `/Shared Documents`, `/SiteAssets`. */
  readonly webUrl: string;
  readonly listId: string;
  readonly files: Map<string, FileState>;
};

const key = (path: string) => path.replace(/^\/+|\/+$/g, '').toLowerCase();

/**
 * The document libraries of each site: the default "Documents" and the "Site Assets" library
 * SharePoint makes for images and other page assets, made on first use. `withoutSiteAssets`
 * names sites where it was never made (a site nobody added a page image to).
 */
export class DrivesState {
  private readonly drives = new Map<string, DriveState>();
  readonly withoutSiteAssets = new Set<string>();

  ofSite(siteId: string): DriveState[] {
    const own = [...this.drives.values()].filter((drive) => drive.siteId === siteId);
    if (own.length > 0) return own;
    const host = siteId.includes(',') ? siteId.split(',')[0] : 'contoso.sharepoint.com';
    const make = (name: string, urlName: string): DriveState => {
      const drive: DriveState = {
        id: `b!${randomUUID().replace(/-/g, '')}`,
        siteId,
        name,
        webUrl: `https://${host}/${urlName}`,
        listId: randomUUID(),
        files: new Map(),
      };
      this.drives.set(drive.id, drive);
      return drive;
    };
    const made = [make('Documents', 'Shared%20Documents')];
    if (!this.withoutSiteAssets.has(siteId)) made.push(make('Site Assets', 'SiteAssets'));
    return made;
  }

  find(driveId: string): DriveState | null {
    return this.drives.get(driveId) ?? null;
  }

  fileAt(drive: DriveState, path: string): FileState | null {
    return drive.files.get(key(path)) ?? null;
  }

  /** The files at `path` or under it (a folder is the files beneath it). */
  under(drive: DriveState, path: string): FileState[] {
    const folder = `${key(path)}/`;
    return [...drive.files.entries()]
      .filter(([k]) => k === key(path) || k.startsWith(folder))
      .map(([, file]) => file);
  }

  put(
    drive: DriveState,
    path: string,
    bytes: Buffer,
    contentType: string,
    author: CallerIdentity,
  ): { file: FileState; created: boolean } {
    const existing = this.fileAt(drive, path);
    const now = new Date().toISOString();
    if (existing !== null) {
      existing.bytes = bytes;
      existing.contentType = contentType;
      existing.lastModifiedDateTime = now;
      return { file: existing, created: false };
    }
    const file: FileState = {
      id: `01${randomUUID().replace(/-/g, '').toUpperCase()}`,
      uniqueId: randomUUID(),
      path: path.replace(/^\/+/, ''),
      bytes,
      contentType,
      createdBy: author,
      lastModifiedDateTime: now,
    };
    drive.files.set(key(path), file);
    return { file, created: true };
  }

  remove(drive: DriveState, files: readonly FileState[]): void {
    for (const file of files) drive.files.delete(key(file.path));
  }
}
