import type { Compilation } from '../../domain/compilation/compilation';
import type { Enrichment, EnrichmentAnswer } from '../../domain/enrichment/enrichment';
import type { Meeting, Minutes } from '../../domain/meeting/meeting';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { testNotification } from '../../ports/testing/notification-builder';
import { createWorkspaceTestData } from '../../ports/testing/workspace-builder';
import { describeWorkspaceRecordsContract } from '../../ports/workspace-records.contract';
import { piecesOf } from './field-values';
import { MEETING_PAYLOAD_COLUMNS, meetingDateKeyOf } from './record-fields';
import { storedJson } from './record-parts';
import { sharePointFixture } from './testing/sharepoint-fixture';
import type { FaultRule, ListState, RequestLogEntry } from './testing/graph-double';

const fixture = sharePointFixture();
afterAll(() => fixture.close());

describeWorkspaceRecordsContract('SharePoint lists (Graph double)', async () => {
  const { store, dispose } = await fixture.store();
  return {
    meetings: store.meetings,
    compilations: store.compilations,
    enrichments: store.enrichments,
    outbox: store.outbox,
    dispose,
  };
});

type Opened = Awaited<ReturnType<typeof fixture.store>>;

/** A compilation of `count` observations: about 400 characters of JSON each. */
function compilationOf(base: Compilation, count: number): Compilation {
  const observations = Array.from({ length: count }, (_, i) => ({
    ...(base.observations[0] as Compilation['observations'][number]),
    id: `obs-${i}`,
    excerpt: `Havainto ${i}: ${'vuokrarästit ja "häätöuhka" '.repeat(6)}`,
  }));
  return { ...base, total: observations.length, observations };
}

/** Minutes of `count` items, each with a note of `noteLength` characters. */
function minutesOf(count: number, noteLength: number): Minutes {
  return {
    summary: 'Käsiteltiin neljännesvuoden havainnot.',
    items: Array.from({ length: count }, (_, i) => ({
      subject: 'observation' as const,
      subjectId: `obs-${i}`,
      decision: 'noted' as const,
      phenomenonId: null,
      proposalId: null,
      serviceArea: null,
      note: `Kohta ${i}: ${'pöytäkirjan merkintä 🙂 '.repeat(noteLength)}`.slice(0, noteLength),
    })),
    recordedBy: 'user-coordinator',
    recordedByName: 'Kaisa Koordinaattori',
    recordedAt: '2026-11-10T12:00:00.000Z',
  };
}

function answersOf(count: number, length: number): EnrichmentAnswer[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a-${i}`,
    text: `Vastaus ${i}: ${'häätöuhkia on nuorilla\n'.repeat(length)}`.slice(0, length),
    proposal: null,
    authorId: 'user-supervisor',
    authorName: 'Sirpa Esimies',
    at: '2026-12-01T09:00:00.000Z',
  }));
}

describe('SharePoint workspace records', () => {
  let opened: Opened;
  let data = createWorkspaceTestData();
  beforeEach(async () => {
    opened = await fixture.store();
    data = createWorkspaceTestData();
  });
  afterEach(() => opened.dispose());

  const list = (title: string): ListState => {
    const found = opened.graph.state.findList(opened.siteId, `RAKE ${title}`);
    if (found === null) throw new Error(`no list ${title}`);
    return found;
  };
  const itemsPath = (title: string): RegExp => new RegExp(`/lists/${list(title).id}/items$`);
  const partsOf = (recordKey: string) =>
    [...list('Record parts').items.values()].filter(
      (item) => item.fields['RecordKey'] === recordKey,
    );
  const pendingKeys = async (): Promise<string[]> =>
    (await opened.store.outbox.list('pending', 100)).map((e) => e.notification.key).sort();
  /** What Graph received from here on (top-level requests and those inside `$batch`es). */
  const requestsFrom = () => {
    const start = opened.graph.state.requestLog.length;
    const since = (): RequestLogEntry[] => opened.graph.state.requestLog.slice(start);
    return {
      topLevel: () => since().filter((entry) => entry.url.startsWith('/v1.0/')),
      batched: () => since().filter((entry) => !entry.url.startsWith('/v1.0/')),
    };
  };
  /**
   * After `succeeded` requests matching the rule went through (also inside `$batch`), the next
   * one fails with its status. Returns the undo of the hook.
   */
  const failAfter = (succeeded: number, rule: FaultRule & { method: string; path: RegExp }) => {
    const log = opened.graph.state.requestLog;
    const push = log.push.bind(log);
    const stop = () => delete (log as { push?: unknown }).push;
    let seen = 0;
    log.push = (...entries: RequestLogEntry[]): number => {
      seen += entries.filter((e) => e.method === rule.method && rule.path.test(e.url)).length;
      if (seen >= succeeded) {
        stop();
        opened.graph.failRequests(rule);
      }
      return push(...entries);
    };
    if (succeeded === 0) {
      stop();
      opened.graph.failRequests(rule);
    }
    return stop;
  };

  describe('compilations', () => {
    const compilations = () => opened.store.compilations;

    it('keeps a snapshot of 3,000 observations in parts and lists summaries without reading them', async () => {
      const big = compilationOf(data.compilation(), 3000);
      const parts = piecesOf(JSON.stringify(big)).length;
      expect(parts).toBeGreaterThan(20);
      const writes = requestsFrom();

      await compilations().create(big);

      // The parts in $batches of 20, the compilation's item last in the same chain.
      const batched = writes.batched();
      expect(batched).toHaveLength(parts + 1);
      expect(batched.slice(0, parts).every((e) => itemsPath('Record parts').test(e.url))).toBe(
        true,
      );
      expect(batched.at(-1)?.url).toMatch(itemsPath('Compilations'));
      expect(partsOf(`compilation|${big.id}`)).toHaveLength(parts);

      const reads = requestsFrom();
      await expect(compilations().get(big.id)).resolves.toEqual(big);
      // The item, then the parts 20 a page.
      expect(reads.topLevel()).toHaveLength(1 + Math.ceil(parts / 20));

      const listing = requestsFrom();
      expect((await compilations().list()).map((c) => c.total)).toEqual([3000]);
      expect(listing.topLevel()).toHaveLength(1);
      expect(decodeURIComponent(listing.topLevel()[0]?.url ?? '')).toContain(
        '$expand=fields($select=Payload,Payload2)',
      );
    });

    it('leaves no readable compilation when its parts fail midway, and takes back those written', async () => {
      const big = compilationOf(data.compilation(), 3000);
      const writes = requestsFrom();
      // The first $batch of 20 parts stands; the second fails at its first part.
      const stop = failAfter(20, { method: 'POST', path: itemsPath('Record parts'), status: 500 });
      try {
        await expect(compilations().create(big)).rejects.toBeInstanceOf(StorageUnavailableError);
      } finally {
        stop();
      }

      const creates = writes.batched().filter((e) => e.method === 'POST');
      expect(creates.slice(0, 21).map((e) => e.status)).toEqual([
        ...Array<number>(20).fill(201),
        500,
      ]);
      expect(creates.slice(21).every((e) => e.status === 424)).toBe(true);
      await expect(compilations().get(big.id)).resolves.toBeNull();
      await expect(compilations().list()).resolves.toEqual([]);
      expect(list('Compilations').items.size).toBe(0);
      expect(list('Record parts').items.size).toBe(0);

      await compilations().create(big);
      await expect(compilations().get(big.id)).resolves.toEqual(big);
    });

    it('takes its parts back when the compilation’s own item cannot be written', async () => {
      const compilation = data.compilation();
      opened.graph.failRequests({ method: 'POST', path: itemsPath('Compilations'), status: 507 });

      await expect(compilations().create(compilation)).rejects.toMatchObject({
        name: 'StorageUnavailableError',
        reason: 'unavailable',
      });

      await expect(compilations().get(compilation.id)).resolves.toBeNull();
      expect(list('Record parts').items.size).toBe(0);
    });

    it('never reads parts an undo could not delete; creating the compilation again works', async () => {
      const big = compilationOf(data.compilation(), 3000);
      const stop = failAfter(20, { method: 'POST', path: itemsPath('Record parts'), status: 500 });
      // Two failures in a row: the undo's deletes fail as well (one each, every part).
      opened.graph.failRequests({
        method: 'DELETE',
        path: /\/lists\/[^/]+\/items\/\d+$/,
        status: 500,
        times: 20,
      });
      try {
        await expect(compilations().create(big)).rejects.toBeInstanceOf(StorageUnavailableError);
      } finally {
        stop();
      }
      expect(partsOf(`compilation|${big.id}`)).toHaveLength(20);
      await expect(compilations().get(big.id)).resolves.toBeNull();

      await compilations().create(big);

      await expect(compilations().get(big.id)).resolves.toEqual(big);
      await expect(compilations().list()).resolves.toHaveLength(1);
    });

    it('answers an error, never half a snapshot, when a part is missing', async () => {
      const big = compilationOf(data.compilation(), 500);
      await compilations().create(big);
      const parts = list('Record parts');
      const [first] = [...parts.items.keys()];
      parts.items.delete(first as string);

      await expect(compilations().get(big.id)).rejects.toThrow(/Parts of compilations item/);
    });

    it('refuses a second compilation with a taken id and keeps the first', async () => {
      const compilation = data.compilation();
      await compilations().create(compilation);

      await expect(compilations().create({ ...compilation, total: 99 })).rejects.toThrow(
        /exists already/,
      );

      await expect(compilations().get(compilation.id)).resolves.toEqual(compilation);
      expect(partsOf(`compilation|${compilation.id}`)).toHaveLength(1);
    });
  });

  describe('meetings', () => {
    const meetings = () => opened.store.meetings;

    it('creates a meeting made twice at once by id once: one created, one exists', async () => {
      const meeting = data.meeting({ scheduledFor: '2026-11-10', date: '2026-11-10' });

      const outcomes = await Promise.all([
        meetings().create(meeting),
        meetings().create({ ...meeting, title: 'Toinen' }),
      ]);

      expect([...outcomes].sort()).toEqual(['created', 'exists']);
      expect(list('Meetings').items.size).toBe(1);
      const kept = await meetings().get(meeting.id);
      expect([meeting.title, 'Toinen']).toContain(kept?.title);
    });

    it('keeps the losing create’s parts of long minutes nowhere', async () => {
      const meeting = data.meeting({ minutes: minutesOf(300, 1000) });

      const outcomes = await Promise.all([meetings().create(meeting), meetings().create(meeting)]);

      expect([...outcomes].sort()).toEqual(['created', 'exists']);
      const item = [...list('Meetings').items.values()][0];
      const parts = partsOf(`meeting|${meeting.id}`);
      expect(parts.length).toBe(item?.fields['Parts']);
      expect(parts.every((part) => part.fields['PartsId'] === item?.fields['PartsId'])).toBe(true);
      await expect(meetings().get(meeting.id)).resolves.toEqual(meeting);
    });

    it('keeps minutes of 2,000 items with long notes, and drops the parts a save replaced', async () => {
      const meeting = data.meeting();
      await meetings().create(meeting);
      const minutes = minutesOf(2000, 2000);
      expect(JSON.stringify(minutes).length).toBeGreaterThan(4_000_000);

      const saved = await meetings().save({ ...meeting, minutes }, 1);

      expect(saved).toEqual({ kind: 'ok', record: { ...meeting, minutes, version: 2 } });
      await expect(meetings().get(meeting.id)).resolves.toEqual({
        ...meeting,
        minutes,
        version: 2,
      });
      const firstParts = partsOf(`meeting|${meeting.id}`);
      expect(firstParts.length).toBeGreaterThan(60);

      const shorter = minutesOf(10, 100);
      await meetings().save({ ...meeting, minutes: shorter }, 2);
      expect(partsOf(`meeting|${meeting.id}`)).toEqual([]);
      expect((await meetings().list()).map((m) => m.minutes)).toEqual([shorter]);
    });

    it('reads a meeting saved again between reading its item and its parts', async () => {
      const meeting = data.meeting({ minutes: minutesOf(200, 1000) });
      await meetings().create(meeting);
      expect(partsOf(`meeting|${meeting.id}`).length).toBeGreaterThan(1);
      const next: Meeting = {
        ...meeting,
        title: 'Siirretty',
        minutes: minutesOf(240, 1000),
        version: 2,
      };
      const items = list('Meetings');
      const meetingsPath = itemsPath('Meetings');
      // As a concurrent save does, right after our read of the item: the new writing's parts,
      // the item pointing to them, the old parts dropped.
      const log = opened.graph.state.requestLog;
      const push = log.push.bind(log);
      log.push = (...entries: RequestLogEntry[]): number => {
        if (
          entries.some((e) => e.method === 'GET' && meetingsPath.test(e.url.split('?')[0] ?? ''))
        ) {
          delete (log as { push?: unknown }).push;
          const stored = storedJson(next, `meeting|${meeting.id}`, MEETING_PAYLOAD_COLUMNS);
          const parts = list('Record parts');
          parts.items.clear();
          opened.graph.state.seedItems(
            opened.siteId,
            'RAKE Record parts',
            stored.parts.map(
              (step) => (step.request as { fields: Record<string, unknown> }).fields,
            ),
          );
          const item = [...items.items.values()][0];
          if (item === undefined) throw new Error('no meeting item');
          item.version += 1;
          item.fields = {
            ...item.fields,
            DateKey: meetingDateKeyOf(next),
            Version: 2,
            ...stored.fields,
          };
        }
        return push(...entries);
      };
      try {
        await expect(meetings().get(meeting.id)).resolves.toEqual(next);
      } finally {
        delete (log as { push?: unknown }).push;
      }
    });

    it('saves one of two concurrent edits of one version; the other answers stale', async () => {
      const meeting = data.meeting({ minutes: minutesOf(200, 1000) });
      await meetings().create(meeting);

      const outcomes = await Promise.all([
        meetings().save({ ...meeting, title: 'A', minutes: minutesOf(210, 1000) }, 1),
        meetings().save({ ...meeting, title: 'B', minutes: minutesOf(220, 1000) }, 1),
      ]);

      expect(outcomes.map((o) => o.kind).sort()).toEqual(['ok', 'stale']);
      const won = outcomes.find((o) => o.kind === 'ok');
      const stored = await meetings().get(meeting.id);
      expect(stored).toEqual(won?.kind === 'ok' ? won.record : null);
      // Only the winning writing's parts are left.
      const item = [...list('Meetings').items.values()][0];
      const parts = partsOf(`meeting|${meeting.id}`);
      expect(parts.length).toBe(item?.fields['Parts']);
    });
  });

  describe('enrichment requests', () => {
    const enrichments = () => opened.store.enrichments;
    const answered = (enrichment: Enrichment, answers: EnrichmentAnswer[]): Enrichment => ({
      ...enrichment,
      answers,
      updatedAt: '2026-12-01T09:00:00.000Z',
    });

    it('saves an answer with its notifications: one read, then ONE $batch', async () => {
      const enrichment = await enrichments().create(data.enrichment(), []);
      const requests = requestsFrom();

      const outcome = await enrichments().save(answered(enrichment, answersOf(1, 100)), 1, [
        testNotification('n-1'),
        testNotification('n-2'),
      ]);

      expect(outcome.kind).toBe('ok');
      expect(requests.topLevel().map((entry) => entry.method)).toEqual(['GET', 'POST']);
      expect(requests.batched().map((entry) => entry.status)).toEqual([200, 201, 201]);
    });

    // https://learn.microsoft.com/graph/json-batching#sequencing-requests-with-the-dependson-property
    it('takes a save back when a notification cannot be written: all as before, and a retry works', async () => {
      const enrichment = await enrichments().create(data.enrichment(), [testNotification('n-0')]);
      const next = answered(enrichment, answersOf(1, 100));
      const notes = [testNotification('n-1'), testNotification('n-2')];
      opened.graph.failRequests({ method: 'POST', path: itemsPath('Outbox'), status: 500 });

      await expect(enrichments().save(next, 1, notes)).rejects.toBeInstanceOf(
        StorageUnavailableError,
      );

      await expect(enrichments().get(enrichment.id)).resolves.toEqual(enrichment);
      await expect(pendingKeys()).resolves.toEqual(['n-0']);

      await expect(enrichments().save(next, 1, notes)).resolves.toEqual({
        kind: 'ok',
        record: { ...next, version: 2 },
      });
      await expect(pendingKeys()).resolves.toEqual(['n-0', 'n-1', 'n-2']);
    });

    it('takes a save of answers past the item’s columns back: old parts kept, new ones gone', async () => {
      const first = answered(data.enrichment(), answersOf(30, 10_000));
      const enrichment = await enrichments().create(first, []);
      const partsBefore = partsOf(`enrichment|${enrichment.id}`).map((part) => part.id);
      expect(partsBefore.length).toBeGreaterThan(4);
      const next = answered(enrichment, answersOf(40, 10_000));
      opened.graph.failRequests({ method: 'POST', path: itemsPath('Outbox'), status: 500 });

      await expect(enrichments().save(next, 1, [testNotification('n-1')])).rejects.toBeInstanceOf(
        StorageUnavailableError,
      );

      await expect(enrichments().get(enrichment.id)).resolves.toEqual(enrichment);
      expect(partsOf(`enrichment|${enrichment.id}`).map((part) => part.id)).toEqual(partsBefore);
      await expect(pendingKeys()).resolves.toEqual([]);

      await enrichments().save(next, 1, [testNotification('n-1')]);
      await expect(enrichments().get(enrichment.id)).resolves.toEqual({ ...next, version: 2 });
      const partsAfter = partsOf(`enrichment|${enrichment.id}`).map((part) => part.id);
      expect(partsAfter.some((id) => partsBefore.includes(id))).toBe(false);
      await expect(enrichments().list()).resolves.toEqual([{ ...next, version: 2 }]);
    });

    it('takes the request back when its notifications cannot be written', async () => {
      const enrichment = data.enrichment();
      opened.graph.failRequests({ method: 'POST', path: itemsPath('Outbox'), status: 500 });

      await expect(
        enrichments().create(enrichment, [testNotification('n-1')]),
      ).rejects.toBeInstanceOf(StorageUnavailableError);

      await expect(enrichments().get(enrichment.id)).resolves.toBeNull();
      expect(list('Enrichment requests').items.size).toBe(0);
    });

    it('saves one of two concurrent answers of one version; the other writes nothing', async () => {
      const enrichment = await enrichments().create(data.enrichment(), []);

      const outcomes = await Promise.all([
        enrichments().save(answered(enrichment, answersOf(1, 50)), 1, [testNotification('a')]),
        enrichments().save(answered(enrichment, answersOf(2, 50)), 1, [testNotification('b')]),
      ]);

      expect(outcomes.map((o) => o.kind).sort()).toEqual(['ok', 'stale']);
      const won = outcomes[0]?.kind === 'ok' ? 'a' : 'b';
      await expect(pendingKeys()).resolves.toEqual([won]);
    });
  });
});

describe('piecesOf', () => {
  it('cuts a text into pieces of at most the size, never inside a surrogate pair', () => {
    const text = `ab🙂c${'🙂'.repeat(10)}`;
    for (const size of [2, 3, 4, 5]) {
      const pieces = piecesOf(text, size);
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) {
        expect(piece.length).toBeGreaterThan(0);
        expect(piece.length).toBeLessThanOrEqual(size);
        // encodeURIComponent refuses a lone half of a surrogate pair.
        expect(() => encodeURIComponent(piece)).not.toThrow();
      }
    }
    expect(piecesOf('')).toEqual([]);
  });
});
