import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { AppDeps } from './app';
import { createDevAuthenticator, createHttpServer, noAuthenticator } from './adapters/http';
import { createSqliteStore } from './adapters/sqlite';
import type { RakeConfig } from './config';
import { seedDemoData } from './demo';
import type { Clock, IdGenerator } from './ports';

export type RunningRake = {
  /** Base URL with a trailing slash, e.g. `http://localhost:3978/`. */
  readonly url: string;
  readonly port: number;
  /** Stops taking requests, lets the running ones finish, then closes the database. */
  close(): Promise<void>;
};

export type StartOptions = {
  /** Leave out the one line with the URL (benchmarks, tests that print their own). */
  readonly quiet?: boolean;
  /** Fastify's request log, for debugging. */
  readonly logger?: boolean;
};

const systemClock: Clock = { now: () => new Date() };
const uuids: IdGenerator = { next: () => randomUUID() };

/**
 * Wires configuration → SQLite store → (demo data) → use cases → HTTP, and listens.
 * Used by main.ts, the browser tests and the benchmark, so all three run the same thing.
 */
export async function startRake(
  config: RakeConfig,
  options: StartOptions = {},
): Promise<RunningRake> {
  const store = createSqliteStore({ file: config.dbFile, clock: systemClock });
  try {
    const app: AppDeps = {
      store: store.observations,
      staff: store.staff,
      clock: systemClock,
      ids: uuids,
      county: config.county,
    };
    // The seeder itself adds nothing to a store that holds observations: demo data must
    // never mix with real reports.
    const seeded = config.demo
      ? (
          await seedDemoData({
            observations: store.observations,
            staff: store.staff,
            county: config.county,
            clock: systemClock,
            ids: uuids,
          })
        ).seeded
      : false;

    const authenticator =
      config.auth === 'dev' ? createDevAuthenticator(store.staff, config.county) : noAuthenticator;
    const server = createHttpServer(
      { app, authenticator },
      { tabDir: config.tabDir, logger: options.logger ?? false },
    );
    await server.listen({ port: config.port, host: config.host });
    const { port } = server.server.address() as AddressInfo;
    const url = `http://localhost:${port}/`;
    if (options.quiet !== true) console.log(startLine(url, config, seeded));

    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      close: () =>
        (closing ??= (async () => {
          try {
            await server.close();
          } finally {
            store.close();
          }
        })()),
    };
  } catch (error) {
    store.close();
    throw error;
  }
}

function startLine(url: string, config: RakeConfig, seeded: boolean): string {
  const notes = [`county ${config.county.id}`];
  if (config.demo) notes.push(seeded ? 'demo data' : 'demo data already present');
  if (config.auth === 'dev') notes.push('dev identity');
  return `RAKE running at ${url} (${notes.join(', ')})`;
}
