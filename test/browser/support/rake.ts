import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { loadConfig } from '../../../src/config';
import { startRake } from '../../../src/compose';

export const TEST_TIMEOUT = 60_000;

export type StaffMember = {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly serviceAreas: readonly string[];
};

export type Choice = { readonly id: string };

export type CountyConfigView = {
  readonly serviceAreas: readonly Choice[];
  readonly municipalities: readonly Choice[];
  readonly topics: readonly Choice[];
  readonly targetGroups: readonly Choice[];
};

export type Rake = {
  readonly url: string;
  readonly browser: Browser;
  readonly identities: readonly StaffMember[];
  readonly config: CountyConfigView;
  /** A fresh browser context (own localStorage) with the tab open as `userId`. */
  open(
    userId: string,
    options?: {
      lang?: 'fi' | 'sv' | 'en';
      view?: 'new' | 'mine' | 'board' | 'workspace' | 'deliveries' | 'admin' | 'configure';
    },
  ): Promise<Page>;
  close(): Promise<void>;
};

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export type BrowserRakeOptions = {
  /**
   * Store in SharePoint lists (already provisioned with `listPrefix`) on `siteId`, through
   * `client` (e.g. the Graph double's), instead of the temp SQLite file.
   */
  readonly sharePoint?: {
    readonly client: Client;
    readonly siteId: string;
    readonly listPrefix?: string;
    /**
     * RAKE_INTRANET_SITE_ID: editors publish to this site's pages through `client` too,
     * instead of the local /intranet/.
     */
    readonly intranetSiteId?: string;
    /** RAKE_INTRANET_PAGE_ID: the subpage (on the intranet site) whose index lists them. */
    readonly intranetPageId?: string;
  };
  /** RAKE_PUBLIC_FORM=1: the public form at /public (issue 13). */
  readonly publicForm?: boolean;
};

/** Made-up app registration: config demands one for SharePoint; the given client needs none. */
const TEST_APP = {
  AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-00000000c11e',
  AAD_APP_TENANT_ID: '00000000-0000-4000-8000-0000000007e4',
  AAD_APP_CLIENT_SECRET: 'never-used-with-a-given-graph-client',
};

/**
 * The real server in-process (temp SQLite file, or SharePoint lists through a given Graph
 * client; dev identities, demo data, any free port, serving dist/tab) and Debian's Chromium
 * through playwright-core.
 */
export async function startRakeWithBrowser(options: BrowserRakeOptions = {}): Promise<Rake> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-browser-'));
  const { sharePoint } = options;
  const config = loadConfig({
    PORT: '0',
    RAKE_DB: join(dir, 'rake.sqlite'),
    RAKE_AUTH: 'dev',
    RAKE_DEMO: '1',
    NODE_ENV: 'test',
    RAKE_COUNTY: process.env.RAKE_COUNTY ?? 'kainuu',
    ...(options.publicForm === true ? { RAKE_PUBLIC_FORM: '1' } : {}),
    ...(sharePoint === undefined
      ? {}
      : {
          ...TEST_APP,
          RAKE_SHAREPOINT_SITE_ID: sharePoint.siteId,
          ...(sharePoint.listPrefix === undefined
            ? {}
            : { RAKE_SHAREPOINT_LIST_PREFIX: sharePoint.listPrefix }),
          ...(sharePoint.intranetSiteId === undefined
            ? {}
            : { RAKE_INTRANET_SITE_ID: sharePoint.intranetSiteId }),
          ...(sharePoint.intranetPageId === undefined
            ? {}
            : { RAKE_INTRANET_PAGE_ID: sharePoint.intranetPageId }),
        }),
  });
  if (!config.ok) throw new Error(config.error.join('\n'));
  const server = await startRake(config.value, {
    quiet: true,
    ...(sharePoint === undefined ? {} : { graphClient: sharePoint.client }),
  });
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    // The server listens on loopback IPv4 in dev mode; say so instead of "localhost".
    const base = server.url.replace('//localhost:', '//127.0.0.1:').replace(/\/$/, '');
    const identities = (await getJson<{ items: StaffMember[] }>(`${base}/api/dev/identities`))
      .items;
    const county = await fetch(`${base}/api/config`, {
      headers: { 'X-Dev-User-Id': identities[0]?.id ?? 'x' },
    }).then((r) => r.json() as Promise<CountyConfigView>);
    const b = browser;
    return {
      url: base,
      browser: b,
      identities,
      config: county,
      async open(userId, options = {}) {
        const context = await b.newContext({
          locale: 'fi-FI',
          timezoneId: 'Europe/Helsinki',
          // Fluent shortens its motion; axe must not judge colours half-way through a fade.
          reducedMotion: 'reduce',
        });
        contexts.push(context);
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        const lang = options.lang ?? 'fi';
        const view = options.view ?? 'new';
        await page.goto(`${base}/?as=${encodeURIComponent(userId)}&lang=${lang}#${view}`);
        await page.locator('main').waitFor();
        return page;
      },
      async close() {
        for (const c of contexts) await c.close().catch(() => undefined);
        await b.close().catch(() => undefined);
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A plain reporter, and a supervisor with at least one service area, from the demo staff. */
export function demoPeople(identities: readonly StaffMember[]): {
  reporter: StaffMember;
  supervisor: StaffMember;
  serviceArea: string;
} {
  const reporter = identities.find((i) => i.roles.every((r) => r === 'reporter'));
  const supervisor = identities.find(
    (i) => i.roles.includes('supervisor') && i.serviceAreas.length > 0,
  );
  const serviceArea = supervisor?.serviceAreas[0];
  if (!reporter || !supervisor || !serviceArea) {
    throw new Error('demo data needs a plain reporter and a supervisor with a service area');
  }
  return { reporter, supervisor, serviceArea };
}
