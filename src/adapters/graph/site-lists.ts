import type { Client } from '@microsoft/microsoft-graph-client';

type Page<T> = { readonly value: T[]; readonly '@odata.nextLink'?: string };

/** Every value of a Graph collection, following `@odata.nextLink` to the last page. */
export async function readAllPages<T>(client: Client, path: string): Promise<T[]> {
  const all: T[] = [];
  for (let next: string | undefined = path; next !== undefined;) {
    const page = (await client.api(next).get()) as Page<T>;
    all.push(...page.value);
    next = page['@odata.nextLink'];
  }
  return all;
}

export type SiteList = { readonly id: string; readonly displayName: string };

/** The lists of a site, by id and display name (how RAKE finds its own). */
export const siteLists = (client: Client, siteId: string): Promise<SiteList[]> =>
  readAllPages<SiteList>(client, `/sites/${siteId}/lists?$select=id,displayName`);
