import { randomUUID } from 'node:crypto';
import {
  openSharePointStore,
  type SharePointStore,
} from '../../src/adapters/graph/sharepoint-store';
import { provisionLists } from '../../src/adapters/graph/provision';
import {
  GRAPH_ORIGIN,
  graphClientForDouble,
  startGraphDouble,
  type GraphDouble,
} from '../../src/adapters/graph/testing/graph-double';
import {
  CLIENT_ID,
  createSigner,
  mint,
  startKeyServer,
  TENANT,
  userClaims,
  type KeyServer,
  type TestSigner,
} from '../../src/adapters/http/auth/testing';
import type { Notification } from '../../src/domain/notification/notification';
import { testNotification } from '../../src/ports/testing/notification-builder';
import { startInstance, type Instance } from './support/instances';

/**
 * Scale-out (issue 13): two app processes, as App Service runs two instances, on one
 * SharePoint site of the local Graph double. Filings and moves made on either are seen on
 * both, and a stale write answers 412 instead of overwriting; 10,000 notifications are
 * delivered by both workers together, each exactly once; and a member of staff who signs in
 * on one instance, and the county settings an admin saves there, are known to the other
 * within a minute.
 *
 * Real processes rather than two startRake in one: nothing in memory is shared by accident
 * (caches, the outbox write signal, the worker's leases), as between App Service instances.
 * Teams sign-in (RAKE_AUTH=entra) rather than dev identities: only a real sign-in registers
 * a member of staff, and that registration is what the other instance must learn of.
 */

// Guards against a hang, not a time limit: about a minute on two loaded cores.
jest.setTimeout(180_000);

const PREFIX = 'RAKE ';
const NOTIFICATIONS = 10_000;
/** Recipients of the 10,000, each with a conversation: many, as in a county. */
const RECIPIENTS = 100;
const FILINGS_PER_INSTANCE = 10;
const AREA = 'adult_social_work';
/** The staff snapshot's default age (sharepoint-staff-directory.ts); checked, not set, here. */
const SNAPSHOT_MINUTE_MS = 60_000;

const SUPERVISOR = { oid: 'a0a0a0a0-0000-4000-8000-000000000001', name: 'Sanna Esihenkilö' };
const NEW_SUPERVISOR = { oid: 'a0a0a0a0-0000-4000-8000-000000000002', name: 'Uuno Uusi' };
const ADMIN = { oid: 'a0a0a0a0-0000-4000-8000-000000000003', name: 'Aino Ylläpitäjä' };
/** Every instance reads the stored county settings every 30 s (COUNTY_REFRESH_INTERVAL_MS). */
const COUNTY_WITHIN_MS = 60_000;
const reporterOid = (i: number) => `b0b0b0b0-0000-4000-8000-${String(i).padStart(12, '0')}`;
const REPORTERS = Array.from({ length: 4 }, (_v, i) => reporterOid(i + 1));

/** Teams' pacing lifted (the test's own Teams has no limits); leases and renewals as shipped. */
const DELIVERY = {
  pollIntervalMs: 300,
  perConversationPerSecond: 10_000,
  perConversationPer30Seconds: 1_000_000,
  perAppPerSecond: 100_000,
  maxConcurrentSends: 32,
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function eventually<T>(
  what: string,
  attempt: () => Promise<T | null>,
  timeoutMs: number,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`waited in vain: ${what}`);
    await sleep(200);
  }
}

type View = { id: string; status: string; version: number };

describe('two instances on one SharePoint site', () => {
  const siteId = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
  let double: GraphDouble;
  let signer: TestSigner;
  let keys: KeyServer;
  /** The site as a third party sees it: the test's own enqueues and conversations. */
  let site: SharePointStore;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    signer = await createSigner();
    keys = await startKeyServer(signer.jwks);
    double = await startGraphDouble({ publicBaseUrl: GRAPH_ORIGIN, strictNonIndexedQueries: true });
    const client = graphClientForDouble(double, { retryDelaySeconds: 0 });
    const provisioned = await provisionLists(client, siteId, PREFIX);
    if (provisioned.problems.length > 0) {
      throw new Error(`Provisioning failed: ${JSON.stringify(provisioned.problems)}`);
    }
    site = await openSharePointStore({
      client,
      siteId,
      listPrefix: PREFIX,
      clock: { now: () => new Date() },
    });
    // Everyone the outbox writes to has installed the app, so every entry ends delivered.
    const address = (id: string) => ({
      reference: { conversation: { id: `conv-${id}` } },
      locale: 'fi',
      updatedAt: new Date().toISOString(),
    });
    for (const id of [...REPORTERS, SUPERVISOR.oid, NEW_SUPERVISOR.oid]) {
      await site.conversations.saveUser(id, address(id));
    }
    for (let i = 0; i < RECIPIENTS; i += 1) {
      await site.conversations.saveUser(`user-${i}`, address(`user-${i}`));
    }

    const env = {
      PORT: '0',
      NODE_ENV: 'test',
      RAKE_COUNTY: 'kainuu',
      RAKE_TEXT_ANALYZER: 'ngram',
      RAKE_AUTH: 'entra',
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_APP_TENANT_ID: TENANT,
      // SharePoint's configuration asks for a secret; the given Graph client needs none.
      AAD_APP_CLIENT_SECRET: 'never-used-with-the-double',
      RAKE_JWKS_URL: keys.url,
      RAKE_SUPERVISOR_AREAS: `${SUPERVISOR.oid}=${AREA};${NEW_SUPERVISOR.oid}=child_welfare`,
      RAKE_SHAREPOINT_SITE_ID: siteId,
      RAKE_SHAREPOINT_LIST_PREFIX: PREFIX,
      SCALE_OUT_GRAPH_URL: double.url,
      SCALE_OUT_DELIVERY: JSON.stringify(DELIVERY),
    };
    [a, b] = await Promise.all([startInstance('A', env), startInstance('B', env)]);
  }, 120_000);

  afterAll(async () => {
    // A failed test stops nothing cleanly: no waiting for sends that will not come.
    a?.kill();
    b?.kill();
    await keys?.close();
    await double?.close();
  });

  const bearer = async (oid: string, name: string, roles: string[] = []) =>
    `Bearer ${await mint(signer, userClaims({ oid, name, preferred_username: `${oid}@example.invalid`, roles }))}`;
  const asSupervisor = () => bearer(SUPERVISOR.oid, SUPERVISOR.name, ['supervisor']);
  const asAdmin = () => bearer(ADMIN.oid, ADMIN.name, ['admin']);
  const asReporter = (oid: string) => bearer(oid, `Raportoija ${oid.slice(-2)}`);

  async function api<T>(
    on: Instance,
    authorization: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; etag: string | null; body: T }> {
    const res = await fetch(`${on.url}/api${path}`, {
      method,
      headers: {
        authorization,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, etag: res.headers.get('etag'), body: JSON.parse(text || 'null') };
  }

  const filing = (n: number, on: string) => ({
    kind: 'negative',
    description: `Havainto ${n} instanssilta ${on}: vuokrarästit kasvavat nuorilla aikuisilla.`,
    solutionProposal: 'Talous- ja velkaneuvonta mukaan ennen häätöuhkaa.',
    topic: 'client_needs',
    serviceArea: AREA,
    municipality: 'kajaani',
    targetGroup: 'young_people',
    supervisorId: null,
    coReporterIds: [],
  });

  it('shares filings and moves; a stale move answers 412 on either instance', async () => {
    // Filed at once through both instances, by several reporters.
    const filed = await Promise.all(
      [a, b].flatMap((on) =>
        Array.from({ length: FILINGS_PER_INSTANCE }, async (_v, n) => {
          const reporter = REPORTERS[n % REPORTERS.length] ?? '';
          const res = await api<View>(
            on,
            await asReporter(reporter),
            'POST',
            '/observations',
            filing(n, on.name),
          );
          expect(res.status).toBe(201);
          return { id: res.body.id, on, reporter };
        }),
      ),
    );
    expect(new Set(filed.map((f) => f.id)).size).toBe(2 * FILINGS_PER_INSTANCE);

    // A filing sent again (the client's retry) reaches the other instance at the same time:
    // one observation, both answers name it (the key is unique in the Observations list).
    const retry = { 'idempotency-key': randomUUID() };
    const reporter = REPORTERS[0] ?? '';
    const twice = await Promise.all(
      [a, b].map(async (on) =>
        api<View>(
          on,
          await asReporter(reporter),
          'POST',
          '/observations',
          filing(99, 'A+B'),
          retry,
        ),
      ),
    );
    expect(twice.map((res) => res.status)).toEqual([201, 201]);
    expect(twice[1]?.body.id).toBe(twice[0]?.body.id);
    const mine = await api<{ items: View[] }>(
      b,
      await asReporter(reporter),
      'GET',
      '/observations/mine',
    );
    expect(mine.body.items.filter((item) => item.id === twice[0]?.body.id)).toHaveLength(1);

    // Each is read on both instances: by its reporter, and on the supervisor's board.
    for (const on of [a, b]) {
      for (const f of filed) {
        const read = await api<View>(
          on,
          await asReporter(f.reporter),
          'GET',
          `/observations/${f.id}`,
        );
        expect([read.status, read.body.status]).toEqual([200, 'received']);
      }
    }

    // Each is moved on the other instance than the one it was filed on, all at once.
    const other = (on: Instance) => (on === a ? b : a);
    const moved = await Promise.all(
      filed.map(async (f) => {
        const res = await api<View>(
          other(f.on),
          await asSupervisor(),
          'POST',
          `/observations/${f.id}/transitions`,
          { to: 'in_review' },
          { 'if-match': '"1"' },
        );
        return [res.status, res.etag];
      }),
    );
    expect(moved).toEqual(filed.map(() => [200, '"2"']));

    // Two supervisors' moves of one version, one on each instance: one wins, the other is
    // told 412 with the version that won; neither overwrites the other.
    const raced = await Promise.all(
      filed.slice(0, 6).map(async (f) => {
        const [onA, onB] = await Promise.all([
          api<View>(
            a,
            await asSupervisor(),
            'POST',
            `/observations/${f.id}/transitions`,
            {
              to: 'closed',
              feedback: 'Käsitelty alueen palaverissa (A).',
            },
            { 'if-match': '"2"' },
          ),
          api<View>(
            b,
            await asSupervisor(),
            'POST',
            `/observations/${f.id}/transitions`,
            {
              to: 'forwarded',
              feedback: 'RAKE-työryhmälle (B).',
            },
            { 'if-match': '"2"' },
          ),
        ]);
        return {
          id: f.id,
          statuses: [onA.status, onB.status].sort(),
          loserSees: onA.status === 200 ? onB.etag : onA.etag,
          winner: onA.status === 200 ? 'closed' : 'forwarded',
        };
      }),
    );
    for (const race of raced) {
      expect(race.statuses).toEqual([200, 412]);
      expect(race.loserSees).toBe('"3"');
      for (const on of [a, b]) {
        const read = await api<View>(on, await asSupervisor(), 'GET', `/observations/${race.id}`);
        expect([read.body.status, read.body.version]).toEqual([race.winner, 3]);
      }
    }

    // The board of either instance holds every filing with its latest status.
    for (const on of [a, b]) {
      const board = await api<{ items: View[] }>(on, await asSupervisor(), 'GET', '/observations');
      const statusOf = new Map(board.body.items.map((item) => [item.id, item.status]));
      for (const f of filed) expect(statusOf.has(f.id)).toBe(true);
      for (const race of raced) expect(statusOf.get(race.id)).toBe(race.winner);
    }
  });

  type CountySettings = {
    publicForm: boolean;
    timing: { reminderDays: number } & Record<string, number>;
  } & Record<string, unknown>;
  type CountyDocument = { version: number; settings: CountySettings };
  /** What the admin saved on A, and when: B must hold it within COUNTY_WITHIN_MS. */
  let saved: { document: CountyDocument; at: number } | null = null;

  it('saves county settings on A; a save on B from the version before answers 412', async () => {
    const before = await api<CountyDocument>(a, await asAdmin(), 'GET', '/admin/county');
    expect(before.status).toBe(200);
    const { settings } = before.body;
    const changed: CountySettings = {
      ...settings,
      publicForm: !settings.publicForm,
      timing: { ...settings.timing, reminderDays: settings.timing.reminderDays + 1 },
    };
    const put = await api<CountyDocument>(a, await asAdmin(), 'PUT', '/admin/county', changed, {
      'if-match': before.etag ?? '',
    });
    expect(put.status).toBe(200);
    saved = { document: put.body, at: Date.now() };

    // Another admin on B, from the same version: told 412, and A's save stands.
    const stale = await api<CountyDocument>(b, await asAdmin(), 'PUT', '/admin/county', settings, {
      'if-match': before.etag ?? '',
    });
    expect(stale.status).toBe(412);
    const onA = await api<CountyDocument>(a, await asAdmin(), 'GET', '/admin/county');
    expect(onA.body).toEqual(put.body);
  });

  it('delivers 10,000 notifications with both workers, each exactly once', async () => {
    const notes: Notification[] = Array.from({ length: NOTIFICATIONS }, (_v, i) =>
      testNotification(`scale-${String(i).padStart(5, '0')}`, {
        userId: `user-${i % RECIPIENTS}`,
        createdAt: new Date(Date.now() - 60_000 + (i % 1000)).toISOString(),
      }),
    );
    // Written by a third party (a digest run, another instance), in parallel runs of batches.
    const CHUNK = 500;
    const chunks = Array.from({ length: NOTIFICATIONS / CHUNK }, (_v, i) =>
      notes.slice(i * CHUNK, (i + 1) * CHUNK),
    );
    for (let i = 0; i < chunks.length; i += 4) {
      await Promise.all(chunks.slice(i, i + 4).map((chunk) => site.outbox.enqueue(chunk)));
    }

    const outbox = () => [
      ...(double.state.findList(siteId, `${PREFIX}Outbox`)?.items.values() ?? []),
    ];
    await eventually(
      'every notification delivered',
      async () => {
        const pending = outbox().filter((item) => item.fields['State'] === 'pending').length;
        return pending === 0 ? true : null;
      },
      150_000,
    );

    const sent = [...a.sent, ...b.sent];
    const times = new Map<string, number>();
    for (const key of sent) times.set(key, (times.get(key) ?? 0) + 1);
    const twice = [...times].filter(([, n]) => n > 1).map(([key]) => key);
    expect(twice).toEqual([]);
    const ours = notes.map((n) => n.key);
    expect(ours.filter((key) => !times.has(key))).toEqual([]);
    // Both took part: the work is shared, not done by one while the other idles.
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
    // The outbox agrees with "Teams": what was sent is recorded delivered, after one attempt.
    const delivered = outbox().filter((item) => item.fields['State'] === 'delivered');
    const deliveredKeys = new Set(delivered.map((item) => item.fields['NotificationKey']));
    expect([...times.keys()].filter((key) => !deliveredKeys.has(key))).toEqual([]);
    expect(delivered.length).toBe(times.size);
    expect(delivered.filter((item) => item.fields['Attempts'] !== 1)).toEqual([]);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it('holds on B, within a minute of the save, the county settings saved on A', async () => {
    if (saved === null) throw new Error('the save on A failed (see above)');
    const { document, at } = saved;
    await eventually(
      "B's county settings are A's save",
      async () => {
        const onB = await api<CountyDocument>(b, await asAdmin(), 'GET', '/admin/county');
        return onB.body.version === document.version ? onB.body : null;
      },
      Math.max(0, at + COUNTY_WITHIN_MS - Date.now()),
    ).then((onB) => expect(onB).toEqual(document));
  });

  it('knows on B, within the staff snapshot minute, a supervisor who signed in on A', async () => {
    const pickerOn = async (on: Instance) =>
      (
        await api<{ items: { id: string }[] }>(
          on,
          await asSupervisor(),
          'GET',
          '/staff?role=supervisor&serviceArea=child_welfare',
        )
      ).body.items.map((m) => m.id);
    // B has read the directory (its snapshot is taken) before the new supervisor signs in.
    expect(await pickerOn(b)).not.toContain(NEW_SUPERVISOR.oid);

    const me = await api<{ id: string }>(
      a,
      await bearer(NEW_SUPERVISOR.oid, NEW_SUPERVISOR.name, ['supervisor']),
      'GET',
      '/me',
    );
    expect(me.status).toBe(200);
    // A registers in the background; its own snapshot starts anew at its write.
    await eventually(
      'A knows the new supervisor',
      async () => ((await pickerOn(a)).includes(NEW_SUPERVISOR.oid) ? true : null),
      10_000,
    );

    // A minute on B's clock (the snapshot's default age, not shortened): B reads the list again.
    await b.clockAhead(SNAPSHOT_MINUTE_MS + 1);
    expect(await pickerOn(b)).toContain(NEW_SUPERVISOR.oid);
  });

  it('stops both instances cleanly', async () => {
    await Promise.all([a.stop(), b.stop()]);
  });
});
