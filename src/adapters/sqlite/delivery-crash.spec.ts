import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { testNotification } from '../../ports/testing/notification-builder';
import { createSqliteStore } from './sqlite-store';
import { CRASH_TEST_LEASE_MS } from './testing/crash-test-timing';

const CHILD = resolve(__dirname, 'testing', 'delivery-crash-child.ts');
const ROOT = resolve(__dirname, '..', '..', '..');
const USERS = Array.from({ length: 20 }, (_v, i) => `u-${String(i).padStart(2, '0')}`);
/** The fake answers this many sends, then holds every further one unanswered. */
const ANSWERED_BEFORE_CRASH = 6;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * kill -9 in the middle of delivery loses nothing and sends nothing twice.
 *
 * The one window no outbox can close: a crash after Teams accepted a message and before the
 * worker committed `delivered` sends that message again after the restart. The test keeps
 * out of that window on purpose, so that it is deterministic: it kills the worker while the
 * fake endpoint holds requests unanswered (Teams has not accepted them) and only after every
 * answered one is recorded as delivered; and the fake counts only the requests it answered 2xx.
 */
describe('delivery after kill -9', () => {
  let dir: string;
  let server: Server;
  const answered: string[] = [];
  const held: ServerResponse[] = [];
  let holding = true;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rake-crash-'));
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { key } = JSON.parse(body) as { key: string };
        if (holding && answered.length >= ANSWERED_BEFORE_CRASH) {
          held.push(res);
          return;
        }
        answered.push(key);
        res.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  });
  afterAll(async () => {
    // A failed test must not leave a worker running.
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    for (const res of held) res.destroy();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (file: string, mode: 'run' | 'drain'): ChildProcess => {
    const { port } = server.address() as AddressInfo;
    // Node itself with tsx's loader, not the tsx wrapper: SIGKILL to the wrapper would leave
    // its node child running.
    const args = ['--import', 'tsx', CHILD, file, `http://127.0.0.1:${port}/`, mode];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    children.push(child);
    return child;
  };
  const exited = (child: ChildProcess) =>
    new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const count = (file: string, where: string, ...params: string[]): number => {
    const db = new Database(file, { readonly: true });
    try {
      const row = db.prepare(`SELECT count(*) AS n FROM outbox WHERE ${where}`).get(...params);
      return (row as { n: number }).n;
    } finally {
      db.close();
    }
  };
  const delivered = (file: string): number => count(file, `state = 'delivered'`);

  it('delivers every notification exactly once across the crash and the restart', async () => {
    const file = join(dir, 'rake.sqlite');
    const store = createSqliteStore({ file });
    for (const id of USERS) {
      await store.conversations.saveUser(id, {
        reference: { conversation: { id: `a:${id}` } },
        locale: 'fi',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    }
    const keys = USERS.map((id) => `status_changed:e-1:${id}`);
    await store.outbox.enqueue(
      USERS.map((id, i) =>
        testNotification(keys[i] as string, { userId: id, createdAt: '2026-01-01T00:00:00.000Z' }),
      ),
    );
    store.close();

    const first = run(file, 'run');
    const firstExit = exited(first);
    const deadline = Date.now() + 20_000;
    while (held.length === 0 || delivered(file) < ANSWERED_BEFORE_CRASH) {
      if (Date.now() > deadline) throw new Error('the worker never got under way');
      await sleep(20);
    }
    // While it lives, the worker renews what it holds: three leases later, every entry still
    // on its way (held by the endpoint or waiting for its turn) is leased into the future.
    await sleep(3 * CRASH_TEST_LEASE_MS);
    const stillLeased = count(
      file,
      `state = 'pending' AND lease_until > ?`,
      new Date().toISOString(),
    );
    expect(stillLeased).toBe(USERS.length - ANSWERED_BEFORE_CRASH);
    first.kill('SIGKILL');
    expect(await firstExit).toBeNull();
    expect(answered).toHaveLength(ANSWERED_BEFORE_CRASH);

    // The killed worker renews nothing more: its claims run out one lease after its last
    // renewal (CRASH_TEST_LEASE_MS, as the default 30 s lease does in production), and the
    // restart takes them.
    holding = false;
    await sleep(CRASH_TEST_LEASE_MS + 200);
    const second = run(file, 'drain');
    expect(await exited(second)).toBe(0);

    expect([...answered].sort()).toEqual([...keys].sort());
    expect(delivered(file)).toBe(USERS.length);
  }, 40_000);
});
