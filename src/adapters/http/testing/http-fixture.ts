import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { extendDeps, type AppDeps } from '../../../app';
import { createLiveCounty } from '../../../app/admin/live-county';
import { localReportPublishing } from '../../../compose-publishing';
import type { CountyConfig } from '../../../domain/county/county-config';
import type { ObservationStore } from '../../../ports';
import {
  createAppDeps,
  STAFF,
  testClock,
  type StaffKey,
  type TestClock,
} from '../../../app/testing';
import { createSqliteStore, type SqliteStore } from '../../sqlite';
import { createDevAuthenticator, noAuthenticator, type Authenticator } from '../auth';
import { createHttpServer } from '../create-http-server';
import type { BotEndpoint, HttpOptions, NotificationHttpDeps } from '../http-deps';

export type InjectOptions = {
  readonly method?: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
  /**
   * An object is sent as JSON; a string or bytes are sent as they are (malformed JSON, wrong
   * types, another charset).
   */
  readonly payload?: unknown;
};

export type TestResponse = {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The body as sent, for files (Word, Excel). */
  readonly bytes: Buffer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies freely
  json(): any;
};

export type TestServer = {
  readonly server: FastifyInstance;
  /** A real request over loopback (Fastify's inject needs an ES-module-only dependency). */
  inject(options: InjectOptions): Promise<TestResponse>;
  readonly store: SqliteStore;
  readonly app: AppDeps;
  readonly clock: TestClock;
  /** Errors the server reported as unexpected (500); tests expect none. */
  readonly unexpected: unknown[];
  close(): Promise<void>;
};

/** The days of the daily run the test server's live county starts from (the env defaults). */
export const TEST_TIMING = { digestDaysBefore: 3, reminderDays: 7, escalationDays: 14 } as const;

/** The whole HTTP edge on an in-memory SQLite store with the invented test staff. */
export async function createTestServer(
  options: {
    auth?: 'dev' | 'none';
    /** 'store': the test store's own outbox and conversation directory. */
    notifications?: NotificationHttpDeps | 'store';
    /** Stands between the app and the SQLite observations, e.g. to make chosen calls fail. */
    observations?: (sqlite: ObservationStore) => ObservationStore;
    /** Serves POST /api/messages. */
    bot?: BotEndpoint;
    /** Stands between the server and the authenticator, e.g. to count its calls. */
    wrapAuthenticator?: (made: Authenticator) => Authenticator;
    /** The county instead of the test Kainuu (e.g. one whose reporters name supervisors). */
    county?: CountyConfig;
    /** With notifications 'store': builds the digest preview's card, as the bot would. */
    digestCard?: NotificationHttpDeps['digestCard'];
    /**
     * The county follows the settings saved in the app (as compose.ts wires it), with this
     * refresh interval (default: none, the test refreshes).
     */
    liveCounty?: { readonly refreshIntervalMs?: number };
  } & HttpOptions = {},
): Promise<TestServer> {
  const {
    notifications: given,
    observations: wrap,
    bot,
    wrapAuthenticator = (made: Authenticator) => made,
    county,
    digestCard,
    liveCounty: liveOptions,
    ...httpOptions
  } = options;
  const clock = testClock();
  const store = createSqliteStore({ file: ':memory:', clock });
  const notifications =
    given === 'store'
      ? {
          outbox: store.outbox,
          conversations: store.conversations,
          ...(digestCard === undefined ? {} : { digestCard }),
        }
      : given;
  const made = await createAppDeps(
    wrap ? { ...store, observations: wrap(store.observations) } : store,
    clock,
  );
  // Reports are published as the local intranet's pages, in a folder of this server's own.
  const intranetDir = mkdtempSync(join(tmpdir(), 'rake-test-intranet-'));
  const local = localReportPublishing(intranetDir, (county ?? made.county).timeZone);
  const fixed = {
    ...made,
    ...(county === undefined ? {} : { county }),
    publishing: local.publishing,
  };
  const live =
    liveOptions === undefined
      ? null
      : createLiveCounty(store.settings, fixed.county, TEST_TIMING, liveOptions);
  const app: typeof fixed =
    live === null
      ? fixed
      : extendDeps(
          { ...fixed, countySettings: live },
          {
            get county() {
              return live.county();
            },
          },
        );
  if (live !== null && liveOptions?.refreshIntervalMs !== undefined) live.start();
  const authenticator = wrapAuthenticator(
    options.auth === 'none'
      ? noAuthenticator
      : createDevAuthenticator(store.staff, () => app.county),
  );
  const unexpected: unknown[] = [];
  const server = createHttpServer(
    {
      app,
      authenticator,
      notifications,
      intranet: local.intranetPages,
      ...(bot === undefined ? {} : { bot }),
    },
    { tabDir: null, ...httpOptions, onUnexpectedError: (error) => unexpected.push(error) },
  );
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as AddressInfo;
  return {
    server,
    inject: (request) => send(`http://127.0.0.1:${port}`, request),
    store,
    app,
    clock,
    unexpected,
    async close() {
      live?.stop();
      await server.close();
      store.close();
      rmSync(intranetDir, { recursive: true, force: true });
    },
  };
}

/** Dev identity headers for a test staff member, names percent-encoded as the tab does. */
export function as(who: StaffKey, extra: Record<string, string> = {}): Record<string, string> {
  const m = STAFF[who];
  return {
    'x-dev-user-id': m.id,
    'x-dev-user-name': encodeURIComponent(m.name),
    'x-dev-roles': m.roles.join(','),
    'x-dev-service-areas': m.serviceAreas.join(','),
    ...extra,
  };
}

async function send(base: string, options: InjectOptions): Promise<TestResponse> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | Uint8Array | undefined;
  if (typeof options.payload === 'string' || options.payload instanceof Uint8Array) {
    body = options.payload;
  } else if (options.payload !== undefined) {
    body = JSON.stringify(options.payload);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + options.url, { method: options.method ?? 'GET', headers, body });
  const bytes = Buffer.from(await res.arrayBuffer());
  // As res.text() would: UTF-8, a byte order mark dropped.
  const text = new TextDecoder().decode(bytes);
  return {
    statusCode: res.status,
    headers: Object.fromEntries(res.headers.entries()),
    body: text,
    bytes,
    json: () => JSON.parse(text),
  };
}
