import { randomUUID } from 'node:crypto';
import { DrivesState } from './drives-state';
import { SitePagesState } from './pages-state';

export type ColumnKind = 'text' | 'number' | 'dateTime' | 'boolean' | 'choice';

/** A list column as the double keeps it (a subset of Graph's columnDefinition). */
export type ColumnState = {
  readonly id: string;
  readonly name: string;
  displayName: string;
  readonly kind: ColumnKind;
  /** The facet as the client sent it (`{ text: {} }`, `{ choice: { choices } }`, …). */
  readonly facet: Record<string, unknown>;
  indexed: boolean;
  /** `enforceUniqueValues`: a second item with the same value is refused with 409. */
  enforceUniqueValues: boolean;
  readOnly: boolean;
};

export type ItemState = {
  readonly id: string;
  /** Stays the same for the item's life; the eTag is `"<guid>,<version>"`. */
  readonly guid: string;
  version: number;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  fields: Record<string, unknown>;
};

export type ListState = {
  readonly id: string;
  displayName: string;
  readonly name: string;
  readonly template: string;
  readonly createdDateTime: string;
  readonly columns: ColumnState[];
  readonly items: Map<string, ItemState>;
  nextItemId: number;
};

export type SiteState = { readonly id: string; readonly lists: Map<string, ListState> };

export type RequestLogEntry = {
  readonly method: string;
  readonly url: string;
  readonly status: number;
};

/** Columns every generic list has. Of them only `id` is indexed, as on SharePoint. */
function builtInColumns(): ColumnState[] {
  const c = (name: string, kind: ColumnKind, indexed: boolean, readOnly: boolean): ColumnState => ({
    id: randomUUID(),
    name,
    displayName: name,
    kind,
    facet: { [kind]: {} },
    indexed,
    enforceUniqueValues: false,
    readOnly,
  });
  return [
    c('id', 'number', true, true),
    c('Title', 'text', false, false),
    c('Created', 'dateTime', false, true),
    c('Modified', 'dateTime', false, true),
  ];
}

export function etagOf(item: ItemState): string {
  return `"${item.guid},${item.version}"`;
}

/**
 * Everything the double holds, in memory only. Tests may read it and seed it directly
 * (`seedItems` skips HTTP for large fixtures).
 */
export class GraphDoubleState {
  readonly sites = new Map<string, SiteState>();
  /** Every top-level HTTP request and every request inside a `$batch`, in order. */
  readonly requestLog: RequestLogEntry[] = [];
  /** Site pages (`/sites/{site}/pages`) and how publishing behaves (approval, eTag trap). */
  readonly pages = new SitePagesState();
  /** The sites' document libraries and their files (`/drives/{drive}/root:/{path}`). */
  readonly drives = new DrivesState();

  constructor(private readonly knownSites: readonly string[] | null) {}

  /** The site, or null when `sites` was configured and this one is not among them. */
  site(siteId: string): SiteState | null {
    let site = this.sites.get(siteId);
    if (!site) {
      if (this.knownSites && !this.knownSites.includes(siteId)) return null;
      site = { id: siteId, lists: new Map() };
      this.sites.set(siteId, site);
    }
    return site;
  }

  /** By id or by display name, as Graph accepts either in `/lists/{list-id}`. */
  findList(siteId: string, idOrName: string): ListState | null {
    const site = this.site(siteId);
    if (!site) return null;
    const byId = site.lists.get(idOrName);
    if (byId) return byId;
    for (const list of site.lists.values()) {
      if (list.displayName.toLowerCase() === idOrName.toLowerCase()) return list;
    }
    return null;
  }

  createList(site: SiteState, displayName: string, template: string): ListState {
    const list: ListState = {
      id: randomUUID(),
      displayName,
      name: displayName.replace(/\s+/g, ''),
      template,
      createdDateTime: new Date().toISOString(),
      columns: builtInColumns(),
      items: new Map(),
      nextItemId: 1,
    };
    site.lists.set(list.id, list);
    return list;
  }

  addItem(list: ListState, fields: Record<string, unknown>): ItemState {
    const now = new Date().toISOString();
    const id = String(list.nextItemId++);
    const item: ItemState = {
      id,
      guid: randomUUID(),
      version: 1,
      createdDateTime: now,
      lastModifiedDateTime: now,
      fields: { ...fields, id, Created: now, Modified: now },
    };
    list.items.set(id, item);
    return item;
  }

  /** Adds items without going through HTTP (fixtures of thousands of items). */
  seedItems(siteId: string, listIdOrName: string, rows: readonly Record<string, unknown>[]): void {
    const list = this.findList(siteId, listIdOrName);
    if (!list) throw new Error(`No list ${listIdOrName} on site ${siteId}`);
    for (const row of rows) this.addItem(list, row);
  }
}
