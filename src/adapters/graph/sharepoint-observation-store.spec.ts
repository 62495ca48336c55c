import type { Observation } from '../../domain/observation/observation';
import { MAX_TEXT_LENGTH } from '../../domain/observation/validate-draft';
import { TRIAGE_FIELDS } from '../../domain/triage/triage-record';
import { MAX_TRIAGE_TEXT_LENGTH } from '../../domain/triage/validate-triage-patch';
import { describeObservationStoreContract } from '../../ports/observation-store.contract';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { newestFirst } from '../../ports/testing/contract-context';
import { testNotification } from '../../ports/testing/notification-builder';
import { createTestData } from '../../ports/testing/observation-builder';
import { coReporterFields, newObservationFields } from './observation-fields';
import { sharePointFixture } from './testing/sharepoint-fixture';
import type { GraphDouble, ListState, RequestLogEntry } from './testing/graph-double';

const fixture = sharePointFixture();
afterAll(() => fixture.close());

describeObservationStoreContract('SharePoint lists (Graph double)', async () => {
  const { store, dispose } = await fixture.store();
  return { store: store.observations, outbox: store.outbox, dispose };
});

type Opened = Awaited<ReturnType<typeof fixture.store>>;

describe('SharePoint observation store', () => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await fixture.store();
  });
  afterEach(() => opened.dispose());

  const list = (title: string): ListState => {
    const found = opened.graph.state.findList(opened.siteId, `RAKE ${title}`);
    if (found === null) throw new Error(`no list ${title}`);
    return found;
  };
  const store = () => opened.store.observations;
  /** What Graph received from here on: top-level requests, and those inside `$batch`es. */
  const requestsFrom = (graph: GraphDouble) => {
    const start = graph.state.requestLog.length;
    const since = (): RequestLogEntry[] => graph.state.requestLog.slice(start);
    return {
      // The double logs top-level requests with their `/v1.0` path, batched ones as sent.
      topLevel: () => since().filter((entry) => entry.url.startsWith('/v1.0/')),
      batched: () => since().filter((entry) => !entry.url.startsWith('/v1.0/')),
    };
  };
  const fileOne = async (data: ReturnType<typeof createTestData>): Promise<Observation> => {
    const obs = data.observation();
    return (await store().create(obs, data.filed(obs), null, [])).observation;
  };
  const itemsPath = (title: string): RegExp => new RegExp(`/lists/${list(title).id}/items$`);

  // https://learn.microsoft.com/graph/json-batching: one HTTP request carries up to 20 writes.
  it('files an observation with its history, co-reporters and notifications in ONE $batch request', async () => {
    const data = createTestData();
    const obs = data.observation({ coReporterIds: ['user-colleague'] });
    const requests = requestsFrom(opened.graph);

    await store().create(obs, data.filed(obs), 'key-1', [testNotification('n-1')]);

    const topLevel = requests.topLevel();
    expect(topLevel).toHaveLength(1);
    expect(topLevel[0]).toMatchObject({ method: 'POST', url: expect.stringContaining('$batch') });
    const batched = requests.batched().map((entry) => `${entry.method} ${entry.url}`);
    for (const title of ['Observations', 'History', 'Co-reporters', 'Outbox']) {
      expect(batched).toContain(`POST /sites/${opened.siteId}/lists/${list(title).id}/items`);
    }
  });

  it('reads a board page of 50 in ONE request, and the last page says nothing follows', async () => {
    const data = createTestData();
    const rows = Array.from({ length: 60 }, () => {
      const obs = data.observation();
      return newObservationFields({ ...obs, version: 1, updatedAt: obs.createdAt }, null);
    });
    opened.graph.state.seedItems(opened.siteId, 'RAKE Observations', rows);
    const requests = requestsFrom(opened.graph);

    const first = await store().listBoard({ scope: { kind: 'all' }, limit: 50 });

    expect(requests.topLevel()).toHaveLength(1);
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const rest = await store().listBoard({
      scope: { kind: 'all' },
      limit: 50,
      cursor: first.nextCursor ?? undefined,
    });
    expect(rest.items).toHaveLength(10);
    expect(rest.nextCursor).toBeNull();
    expect(requests.topLevel()).toHaveLength(2);
  });

  // Graph answers no $count for list items ("$count is not supported on this API"; …/items/$count
  // is 404): the count reads the indexed query, one small column, 5,000 items a request.
  it('counts the board by reading one column, in one request up to 5,000, "at least" beyond', async () => {
    const data = createTestData();
    const rows = Array.from({ length: 5001 }, () => {
      const obs = data.observation();
      return newObservationFields({ ...obs, version: 1, updatedAt: obs.createdAt }, null);
    });
    opened.graph.state.seedItems(opened.siteId, 'RAKE Observations', rows);
    const requests = requestsFrom(opened.graph);

    const all = await store().countBoard({ scope: { kind: 'all' }, limit: 50 }, 5000);
    expect(all).toEqual({ count: 5000, exact: false });
    expect(requests.topLevel()).toHaveLength(1);
    const [read] = requests.topLevel();
    expect(decodeURIComponent(read?.url ?? '')).toContain('$expand=fields($select=SortKey)');

    const capped = await store().countBoard({ scope: { kind: 'all' }, limit: 50 }, 100);
    expect(capped).toEqual({ count: 100, exact: false });
    const none = await store().countBoard(
      { scope: { kind: 'all' }, status: ['closed'], limit: 50 },
      5000,
    );
    expect(none).toEqual({ count: 0, exact: true });
  });

  it('reads a page of the board in waiting or priority order in ONE request on its indexed key', async () => {
    const data = createTestData();
    for (let i = 0; i < 3; i += 1) await fileOne(data);
    for (const [sort, column] of [
      ['waiting_desc', 'WaitKey'],
      ['priority_asc', 'PriorityKey'],
    ] as const) {
      const requests = requestsFrom(opened.graph);
      const first = await store().listBoard({ scope: { kind: 'all' }, limit: 2, sort });
      await store().listBoard({
        scope: { kind: 'all' },
        limit: 2,
        sort,
        cursor: first.nextCursor ?? undefined,
      });
      const urls = requests.topLevel().map((entry) => decodeURIComponent(entry.url));
      expect(urls).toHaveLength(2);
      expect(urls[0]).toContain(`$orderby=fields/${column} asc`);
      expect(urls[1]).toMatch(new RegExp(`fields/${column} gt '`));
    }
    expect(list('Observations').columns.find((c) => c.name === 'WaitKey')?.indexed).toBe(true);
    expect(list('Observations').columns.find((c) => c.name === 'PriorityKey')?.indexed).toBe(true);
  });

  // https://learn.microsoft.com/graph/json-batching#sequencing-requests-with-the-dependson-property:
  // a failed request fails those that depend on it (424); what ran before it is undone here.
  it.each([
    [507, 'unavailable'],
    [403, 'denied'],
  ])(
    'takes the filing back when its history write fails with %i, and rejects as storage %s',
    async (status, reason) => {
      const data = createTestData();
      const obs = data.observation({ coReporterIds: ['user-colleague'] });
      opened.graph.failRequests({ method: 'POST', path: itemsPath('History'), status });

      const filing = store().create(obs, data.filed(obs), 'key-1', [testNotification('lost')]);

      await expect(filing).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(filing).rejects.toMatchObject({ reason });
      for (const title of ['Observations', 'History', 'Co-reporters', 'Outbox']) {
        expect(list(title).items.size).toBe(0);
      }
      expect(await store().get(obs.id)).toBeNull();
    },
  );

  it('takes a triage change back when its edit cannot be recorded, and writes it in ONE $batch', async () => {
    const data = createTestData();
    const obs = await fileOne(data);
    const patch = { owner: 'Sirpa Esimies', followUp: '2026-09-30' };
    opened.graph.failRequests({ method: 'POST', path: itemsPath('Triage history'), status: 500 });

    await expect(
      store().updateTriage(obs.id, patch, 1, data.triageEdit(obs, patch)),
    ).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await store().get(obs.id)).toEqual(obs);
    expect(list('Triage history').items.size).toBe(0);

    const requests = requestsFrom(opened.graph);
    const edit = data.triageEdit(obs, patch);
    await store().updateTriage(obs.id, patch, 1, edit);
    expect(requests.topLevel().filter((entry) => entry.method !== 'GET')).toHaveLength(1);
    expect(await store().triageHistory(obs.id)).toEqual([edit]);
  });

  it('takes a move back when its history write fails: the observation is as it was', async () => {
    const data = createTestData();
    const obs = await fileOne(data);
    opened.graph.failRequests({ method: 'POST', path: itemsPath('History'), status: 500 });

    await expect(
      store().transition(obs.id, data.move(obs, 'in_review'), 1, [testNotification('lost')]),
    ).rejects.toBeInstanceOf(StorageUnavailableError);

    expect(await store().get(obs.id)).toEqual(obs);
    expect(list('History').items.size).toBe(1);
    expect(list('Outbox').items.size).toBe(0);
  });

  // https://learn.microsoft.com/graph/throttling: each request of a batch is throttled on its
  // own and answers 429 with Retry-After; the writes held back behind it answer 424.
  it('sends a write throttled inside the batch again after Retry-After and files once', async () => {
    const data = createTestData();
    const obs = data.observation();
    opened.graph.failRequests({
      method: 'POST',
      path: itemsPath('History'),
      status: 429,
      retryAfterSeconds: 1,
    });
    const requests = requestsFrom(opened.graph);

    const outcome = await store().create(obs, data.filed(obs), null, [testNotification('n-1')]);

    expect(outcome.created).toBe(true);
    expect(list('Observations').items.size).toBe(1);
    expect(list('History').items.size).toBe(1);
    expect(list('Outbox').items.size).toBe(1);
    const history = requests.batched().filter((entry) => itemsPath('History').test(entry.url));
    expect(history.map((entry) => entry.status)).toEqual([429, 201]);
  });

  it('creates once for two concurrent filings with the same key; the other replays it', async () => {
    const data = createTestData();
    const [a, b] = [data.observation(), data.observation()];

    const outcomes = await Promise.all([
      store().create(a, data.filed(a), 'same-key', [testNotification('from-a')]),
      store().create(b, data.filed(b), 'same-key', [testNotification('from-b')]),
    ]);

    expect(outcomes.map((o) => o.created).sort()).toEqual([false, true]);
    expect(outcomes[0]?.observation).toEqual(outcomes[1]?.observation);
    expect(list('Observations').items.size).toBe(1);
    expect(list('History').items.size).toBe(1);
    expect(list('Outbox').items.size).toBe(1);
  });

  describe('a change made behind the store’s back between its read and its write', () => {
    afterEach(() => {
      // The double is shared by the file's tests: never leave the hook below on its log.
      delete (opened.graph.state.requestLog as { push?: unknown }).push;
    });

    /** The other writer: an update of the item right after the store has read it. */
    function changeAfterNextRead(obs: Observation): Observation {
      const observations = list('Observations');
      const changed: Observation = {
        ...obs,
        version: obs.version + 1,
        triage: { ...obs.triage, goal: 'Toisen kirjoittajan tavoite' },
      };
      const log = opened.graph.state.requestLog;
      const push = log.push.bind(log);
      log.push = (...entries: RequestLogEntry[]): number => {
        const read = entries.some(
          (entry) =>
            entry.method === 'GET' && entry.url.includes(`/lists/${observations.id}/items`),
        );
        if (read) {
          // Logged as the answer leaves the double: the store holds the old eTag now.
          delete (log as { push?: unknown }).push;
          const item = [...observations.items.values()].find(
            (i) => i.fields['ObservationId'] === obs.id,
          );
          if (item === undefined) throw new Error('no item to change');
          item.version += 1;
          item.fields = {
            ...item.fields,
            Version: changed.version,
            Payload: JSON.stringify(changed),
          };
        }
        return push(...entries);
      };
      return changed;
    }

    // https://learn.microsoft.com/graph/api/listitem-update: If-Match with a stale eTag is 412.
    it('makes updateTriage answer stale with the other write, never overwriting it', async () => {
      const data = createTestData();
      const obs = await fileOne(data);
      const theirs = changeAfterNextRead(obs);

      const mine = data.triageEdit(obs, { goal: 'Oma tavoite' });
      const outcome = await store().updateTriage(obs.id, { goal: 'Oma tavoite' }, 1, mine);

      expect(outcome).toEqual({ kind: 'stale', current: theirs });
      expect(await store().get(obs.id)).toEqual(theirs);
    });

    it('makes transition answer stale and write no history entry or notification', async () => {
      const data = createTestData();
      const obs = await fileOne(data);
      const theirs = changeAfterNextRead(obs);

      const outcome = await store().transition(obs.id, data.move(obs, 'in_review'), 1, [
        testNotification('lost'),
      ]);

      expect(outcome).toEqual({ kind: 'stale', current: theirs });
      expect(list('History').items.size).toBe(1);
      expect(list('Outbox').items.size).toBe(0);
    });
  });

  // SharePoint's column limits: 63,999 characters in one "multiple lines of text" column.
  it('keeps an observation with the longest texts and a full triage, past one column’s limit', async () => {
    const data = createTestData();
    const long = (n: number) => '"Lainausmerkki" ja rivinvaihto\n'.repeat(n).slice(0, n);
    const obs = data.observation({
      description: long(MAX_TEXT_LENGTH),
      solutionProposal: long(MAX_TEXT_LENGTH),
    });
    await store().create(obs, data.filed(obs), null, []);
    const triage = Object.fromEntries(
      TRIAGE_FIELDS.filter((field) => field !== 'priority').map((field) => [
        field,
        long(MAX_TRIAGE_TEXT_LENGTH),
      ]),
    );
    const outcome = await store().updateTriage(obs.id, triage, 1, data.triageEdit(obs, triage));
    expect(outcome.kind).toBe('ok');
    const stored = await store().get(obs.id);
    expect(stored?.description).toBe(obs.description);
    expect(stored?.triage).toMatchObject(triage);
    expect(JSON.stringify(stored).length).toBeGreaterThan(63_999);
  });

  describe('a change right after reading the observation (as every use case does)', () => {
    it('writes with the eTag of that read: one request, no second read', async () => {
      const data = createTestData();
      const obs = await fileOne(data);
      await store().get(obs.id);
      const requests = requestsFrom(opened.graph);

      const edit = data.triageEdit(obs, { goal: 'Tavoite' });
      const outcome = await store().updateTriage(obs.id, { goal: 'Tavoite' }, 1, edit);

      expect(outcome).toMatchObject({ kind: 'ok', observation: { version: 2 } });
      expect(requests.topLevel()).toHaveLength(1);
    });

    it('reads again when that eTag went stale, and then changes the fresh item', async () => {
      const data = createTestData();
      const obs = await fileOne(data);
      await store().get(obs.id);
      // Another write that kept the version (an undone change does that) moved the eTag on.
      const item = [...list('Observations').items.values()].find(
        (i) => i.fields['ObservationId'] === obs.id,
      );
      if (item === undefined) throw new Error('no item');
      item.version += 1;
      const requests = requestsFrom(opened.graph);

      const outcome = await store().transition(obs.id, data.move(obs, 'in_review'), 1, []);

      expect(outcome).toMatchObject({ kind: 'ok', observation: { status: 'in_review' } });
      const statuses = requests.batched().map((entry) => entry.status);
      expect(statuses[0]).toBe(412);
      expect(list('History').items.size).toBe(2);
    });
  });

  // https://learn.microsoft.com/sharepoint/dev/general-development/query-with-large-lists
  // (the 5,000-item list view threshold): every filter and sort here is on an indexed column.
  it('answers the board and "my reports" past 5,000 observations in strict mode', async () => {
    const data = createTestData();
    const all: Observation[] = [];
    const areas = ['adults', 'families', 'older-people'];
    for (let i = 0; i < 5_100; i += 1) {
      const obs = data.observation({
        serviceArea: areas[i % 3] as string,
        reporterId: i % 1_000 === 0 ? 'user-a' : `user-${i % 97}`,
        coReporterIds: i % 1_700 === 1 ? ['user-a'] : [],
        description: i === 4_321 ? 'Harvinainen KYLÄAVUSTAJA-malli' : 'Tavallinen havainto',
      });
      all.push({ ...obs, version: 1, updatedAt: obs.createdAt });
    }
    const { state } = opened.graph;
    state.seedItems(
      opened.siteId,
      'RAKE Observations',
      all.map((obs) => newObservationFields(obs, null)),
    );
    state.seedItems(
      opened.siteId,
      'RAKE Co-reporters',
      all.flatMap((obs) => obs.coReporterIds.map((user) => coReporterFields(obs, user))),
    );
    const newest = [...all].sort(newestFirst);
    const scope = {
      kind: 'supervisor',
      supervisorId: 'user-s',
      serviceAreas: ['families'],
    } as const;

    const first = await store().listBoard({ scope, limit: 50 });
    const second = await store().listBoard({
      scope,
      limit: 50,
      cursor: first.nextCursor ?? undefined,
    });
    const found = await store().listBoard({ scope: { kind: 'all' }, q: 'kyläavustaja', limit: 5 });
    const mine = await store().listMine('user-a', { limit: 5 });
    const mineRest = await store().listMine('user-a', {
      limit: 5,
      cursor: mine.nextCursor ?? undefined,
    });

    const families = newest.filter((obs) => obs.serviceArea === 'families');
    expect([...first.items, ...second.items]).toEqual(families.slice(0, 100));
    expect(found.items.map((obs) => obs.id)).toEqual([all[4_321]?.id]);
    expect([...mine.items, ...mineRest.items]).toEqual(
      newest.filter((obs) => obs.reporterId === 'user-a' || obs.coReporterIds.includes('user-a')),
    );
    expect(mineRest.items).toHaveLength(6 + 3 - 5);
    expect(mineRest.nextCursor).toBeNull();
  });
});
