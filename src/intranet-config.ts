import { dirname, join } from 'node:path';
import type { GraphCredentials } from './adapters/graph/app-only-token';
import { isGuid } from './entra-config';
import { readSharePointConfig, SHAREPOINT_VARIABLES } from './sharepoint-config';

/**
 * Where editors publish. `local`: static pages in a folder, served at `/intranet/` (no
 * tenant). `sharepoint`: the intranet site's pages through Graph, as the editor.
 */
export type IntranetConfig =
  | { readonly kind: 'local'; readonly dir: string }
  | {
      readonly kind: 'sharepoint';
      /** RAKE_INTRANET_SITE_ID: Graph's site id of the intranet (often not the lists' site). */
      readonly siteId: string;
      /** RAKE_INTRANET_PAGE_ID: the structural social work subpage, whose index links them. */
      readonly subpageId: string | null;
      /** The app's own registration: the on-behalf-of exchange is made with it. */
      readonly credentials: GraphCredentials;
    };

export const INTRANET_VARIABLES = {
  siteId: 'RAKE_INTRANET_SITE_ID',
  subpageId: 'RAKE_INTRANET_PAGE_ID',
  dir: 'RAKE_INTRANET_DIR',
} as const;

type Env = Readonly<Record<string, string | undefined>>;
type ReadFile = (path: string) => string;

const SITE_ID = /^[a-z0-9.-]+\.[a-z]+,[0-9a-f-]{36},[0-9a-f-]{36}$/i;

/** Reads the intranet's variables; problems are pushed, each naming its variable. */
export function readIntranetConfig(
  env: Env,
  readFile: ReadFile,
  problems: string[],
  dbFile: string,
): IntranetConfig {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const v = INTRANET_VARIABLES;
  const siteId = value(v.siteId);
  if (siteId === undefined) {
    // Beside the SQLite file by default, so one data folder holds the whole local county.
    return { kind: 'local', dir: value(v.dir) ?? join(dirname(dbFile), 'intranet') };
  }
  if (!SITE_ID.test(siteId)) {
    problems.push(
      `${v.siteId} must be Graph's site id "<host>,<site collection id>,<web id>" of the intranet site, not "${siteId}".`,
    );
  }
  const subpageId = value(v.subpageId) ?? null;
  if (subpageId !== null && !isGuid(subpageId)) {
    problems.push(`${v.subpageId} must be the subpage's page id (a GUID), not "${subpageId}".`);
  }
  // The same app registration and credential as the SharePoint store's; without the store,
  // its problems are said as the intranet's.
  const storeSiteId = value(SHAREPOINT_VARIABLES.siteId);
  const appProblems: string[] = [];
  const app = readSharePointConfig(
    { ...env, [SHAREPOINT_VARIABLES.siteId]: storeSiteId ?? siteId },
    readFile,
    appProblems,
  );
  problems.push(
    ...appProblems.map((problem) =>
      storeSiteId === undefined
        ? problem.replace(
            `${SHAREPOINT_VARIABLES.siteId} (SharePoint storage) needs`,
            `${v.siteId} (publishing to SharePoint) needs`,
          )
        : problem,
    ),
  );
  return {
    kind: 'sharepoint',
    siteId,
    subpageId,
    credentials: app?.credentials ?? {
      tenantId: '',
      clientId: '',
      certificate: null,
      clientSecret: null,
    },
  };
}
