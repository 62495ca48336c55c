import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createDevAuthenticator, createHttpServer } from '../../src/adapters/http';
import { createSqliteStore, type SqliteStore } from '../../src/adapters/sqlite';
import type { AppDeps } from '../../src/app';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/app/notifications';
import { createAppDeps, testClock, type TestClock } from '../../src/app/testing';
import type { BotCredentials } from '../config';
import { createTeamsBot, type TeamsBot } from '../create-teams-bot';
import { startFakeConnector, type FakeConnector } from './fake-connector';

export type BotFixture = {
  readonly baseUrl: string;
  readonly connector: FakeConnector;
  readonly store: SqliteStore;
  readonly app: AppDeps & { clock: TestClock };
  readonly bot: TeamsBot;
  /** The real delivery worker, sending through the bot's messenger. */
  readonly worker: DeliveryWorker;
  /** POSTs an activity to /api/messages as Teams would. */
  postActivity(activity: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
  /** Any API call, as a dev identity. */
  api(method: string, path: string, userId: string, body?: unknown): Promise<HttpAnswer>;
  readonly errors: unknown[];
  close(): Promise<void>;
};

export type HttpAnswer = { readonly status: number; readonly json: unknown };

/**
 * The real HTTP server (dev identities) on an in-memory SQLite store with the invented test
 * staff, the bot at /api/messages and a fake Bot Connector on loopback for its answers.
 */
export async function startBotFixture(
  options: { credentials?: BotCredentials | null; allowedTenants?: readonly string[] | null } = {},
): Promise<BotFixture> {
  const connector = await startFakeConnector();
  const clock = testClock(new Date());
  const store = createSqliteStore({ file: ':memory:', clock });
  const app = await createAppDeps(store, clock);
  const errors: unknown[] = [];
  const bot = createTeamsBot({
    app,
    conversations: store.conversations,
    outbox: store.outbox,
    links: { teamsAppId: null, entityId: 'rake', baseUrl: 'http://localhost:3978/' },
    credentials: options.credentials ?? null,
    allowedTenants: options.allowedTenants ?? null,
    onError: (error) => errors.push(error),
  });
  const server: FastifyInstance = createHttpServer(
    {
      app,
      authenticator: createDevAuthenticator(store.staff, app.county),
      bot,
      notifications: { outbox: store.outbox, conversations: store.conversations },
    },
    { tabDir: null, onUnexpectedError: (error) => errors.push(error) },
  );
  await server.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  const worker = createDeliveryWorker({
    outbox: store.outbox,
    conversations: store.conversations,
    messenger: bot.messenger,
    clock,
    options: { onError: (error) => errors.push(error), baseDelayMs: 10, maxDelayMs: 50 },
  });
  const request = async (
    method: string,
    path: string,
    headers: Record<string, string>,
    body: unknown,
  ): Promise<HttpAnswer> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
  };
  return {
    baseUrl,
    connector,
    store,
    app,
    bot,
    worker,
    errors,
    postActivity: (activity, headers = {}) => request('POST', '/api/messages', headers, activity),
    api: (method, path, userId, body) => request(method, path, { 'x-dev-user-id': userId }, body),
    async close() {
      await worker.stop();
      await server.close();
      store.close();
      await connector.close();
    },
  };
}
