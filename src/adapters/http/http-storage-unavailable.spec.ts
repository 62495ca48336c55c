import { COUNTY, draftBody, fileAs } from '../../app/testing';
import { StorageUnavailableError, type ObservationStore, type StorageFailure } from '../../ports';
import { createApiSchemas } from './openapi';
import { as, createTestServer, type TestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

type Method = keyof ObservationStore;

/** Which store call fails, how, and whether the write happened before the answer was lost. */
type Fault = {
  readonly method: Method;
  readonly error: StorageUnavailableError;
  /** 'after': the store did the work but the answer never came (a lost reply). */
  readonly when?: 'before' | 'after';
  /** How many calls fail before the store recovers. */
  times: number;
};

/** The SQLite store, failing on the chosen call as the SharePoint store would. */
function faulty(inner: ObservationStore, fault: () => Fault | null): ObservationStore {
  const guard = async <T>(method: Method, call: () => Promise<T>): Promise<T> => {
    const f = fault();
    if (f === null || f.method !== method || f.times <= 0) return call();
    f.times -= 1;
    if (f.when === 'after') await call();
    throw f.error;
  };
  return {
    create: (...a) => guard('create', () => inner.create(...a)),
    get: (...a) => guard('get', () => inner.get(...a)),
    listMine: (...a) => guard('listMine', () => inner.listMine(...a)),
    listBoard: (...a) => guard('listBoard', () => inner.listBoard(...a)),
    countBoard: (...a) => guard('countBoard', () => inner.countBoard(...a)),
    updateTriage: (...a) => guard('updateTriage', () => inner.updateTriage(...a)),
    triageHistory: (...a) => guard('triageHistory', () => inner.triageHistory(...a)),
    transition: (...a) => guard('transition', () => inner.transition(...a)),
    amend: (...a) => guard('amend', () => inner.amend(...a)),
    history: (...a) => guard('history', () => inner.history(...a)),
    answerTimings: (...a) => guard('answerTimings', () => inner.answerTimings(...a)),
    isEmpty: (...a) => guard('isEmpty', () => inner.isEmpty(...a)),
  };
}

describe('HTTP: the store is unavailable (SharePoint through Graph failed)', () => {
  let t: TestServer;
  let fault: Fault | null;
  let logLines: string[];

  const failOn = (
    method: Method,
    reason: StorageFailure,
    retryAfterSeconds: number | null = null,
    extra: Partial<Fault> = {},
  ) => {
    fault = {
      method,
      error: new StorageUnavailableError(reason, retryAfterSeconds, {
        cause: new Error('Graph said: description "Vuokrarästit" refused'),
      }),
      times: 1,
      ...extra,
    };
  };

  beforeEach(async () => {
    fault = null;
    logLines = [];
    t = await createTestServer({
      observations: (sqlite) => faulty(sqlite, () => fault),
      logger: { level: 'warn', stream: { write: (line) => void logLines.push(line) } },
    });
  });
  afterEach(async () => {
    // A store that is down is an operational event, never an unexpected 500.
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const post = (headers: Record<string, string> = {}, overrides: Record<string, unknown> = {}) =>
    t.inject({
      method: 'POST',
      url: '/api/observations',
      headers: { ...as('reporter'), ...headers },
      payload: draftBody(overrides),
    });
  const mine = (headers: Record<string, string> = {}) =>
    t.inject({ url: '/api/observations/mine', headers: { ...as('reporter'), ...headers } });

  // [reason, retry-after from Graph, expected status, expected Retry-After header]
  const CASES: readonly [StorageFailure, number | null, number, string | undefined][] = [
    ['throttled', 7, 503, '7'],
    ['throttled', null, 503, '30'],
    ['unavailable', 2.5, 503, '3'],
    ['unavailable', null, 503, '30'],
    ['timeout', null, 504, undefined],
    ['denied', 5, 503, undefined],
    ['not_provisioned', null, 503, undefined],
  ];

  it.each(CASES)(
    'GET with the store %s (Retry-After %p) → %d storage_unavailable',
    async (reason, given, status, retryAfter) => {
      failOn('listMine', reason, given);
      const res = await mine();
      expect(res.statusCode).toBe(status);
      expect(res.headers['retry-after']).toBe(retryAfter);
      const body = schemas.ErrorBody.parse(res.json());
      expect(body.error).toEqual({
        code: 'storage_unavailable',
        reason,
        message: expect.stringMatching(/\S{3,}/),
      });
      // The store is back: the very same request now answers.
      expect((await mine()).statusCode).toBe(200);
    },
  );

  it.each(CASES)(
    'POST with the store %s (Retry-After %p) → %d storage_unavailable, nothing stored',
    async (reason, given, status, retryAfter) => {
      failOn('create', reason, given);
      const res = await post({ 'idempotency-key': `key-${reason}` });
      expect(res.statusCode).toBe(status);
      expect(res.headers['retry-after']).toBe(retryAfter);
      expect(res.json().error).toMatchObject({ code: 'storage_unavailable', reason });
      expect(res.headers.location).toBeUndefined();
      expect(await t.store.observations.isEmpty()).toBe(true);
      expect(await t.store.outbox.list('pending', 10)).toEqual([]);
    },
  );

  it('answers in the caller’s language, Finnish by default', async () => {
    const messages: Record<string, string> = {};
    for (const lang of ['fi', 'sv', 'en', 'de']) {
      failOn('listMine', 'throttled');
      messages[lang] = (await mine({ 'accept-language': lang })).json().error.message;
    }
    expect(messages.fi).toBe('Palvelu on juuri nyt ruuhkainen. Yritä uudelleen hetken kuluttua.');
    expect(messages.sv).toContain('Försök igen');
    expect(messages.en).toContain('try again');
    expect(new Set(Object.values(messages)).size).toBe(3);

    failOn('listMine', 'denied');
    expect((await mine({ 'accept-language': 'en' })).json().error.message).toContain('IT');
  });

  it('a retry with the same Idempotency-Key after a refusal files exactly once', async () => {
    failOn('create', 'throttled', 1);
    const key = { 'idempotency-key': 'form-draft-1' };
    expect((await post(key)).statusCode).toBe(503);
    const first = await post(key);
    expect(first.statusCode).toBe(201);
    const again = await post(key);
    expect(again.json().id).toBe(first.json().id);
    expect((await t.store.observations.listMine('u-reporter', { limit: 100 })).items).toHaveLength(
      1,
    );
  });

  it('a retry after a lost answer (stored, then timed out) files exactly once', async () => {
    failOn('create', 'timeout', null, { when: 'after' });
    const key = { 'idempotency-key': 'form-draft-2' };
    expect((await post(key)).statusCode).toBe(504);
    const retried = await post(key);
    expect(retried.statusCode).toBe(201);
    const stored = await t.store.observations.listMine('u-reporter', { limit: 100 });
    expect(stored.items.map((o) => o.id)).toEqual([retried.json().id]);
  });

  it('the board, one observation and a triage save answer the same; nothing half-written', async () => {
    const filed = await fileAs(t.app, 'reporter');
    const supervisor = as('supervisor');

    failOn('listBoard', 'unavailable');
    const board = await t.inject({ url: '/api/observations', headers: supervisor });
    expect(board.statusCode).toBe(503);
    expect(board.json().error.reason).toBe('unavailable');

    failOn('get', 'timeout');
    const one = await t.inject({ url: `/api/observations/${filed.id}`, headers: supervisor });
    expect(one.statusCode).toBe(504);

    failOn('updateTriage', 'throttled', 12);
    const patch = await t.inject({
      method: 'PATCH',
      url: `/api/observations/${filed.id}/triage`,
      headers: { ...supervisor, 'if-match': `"${filed.version}"` },
      payload: { goal: 'Kerrotaan valtuustolle.' },
    });
    expect(patch.statusCode).toBe(503);
    expect(patch.headers['retry-after']).toBe('12');
    const after = await t.store.observations.get(filed.id);
    expect(after?.version).toBe(filed.version);
    expect(after?.triage.goal).toBeNull();
  });

  it('logs a warning with the reason and route only, never what the user typed', async () => {
    failOn('create', 'denied');
    await post({}, { description: 'Salainen kuvaus, jota ei saa lokittaa.' });
    failOn('listBoard', 'throttled');
    await t.inject({ url: '/api/observations?q=Virtanen', headers: as('supervisor') });

    const warnings = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(warnings).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'store unavailable',
        reason: 'denied',
        method: 'POST',
        route: '/api/observations',
      }),
      expect.objectContaining({ level: 40, reason: 'throttled', retryAfterSeconds: 30 }),
    ]);
    const all = logLines.join('\n');
    expect(all).not.toContain('Salainen');
    expect(all).not.toContain('Virtanen');
    expect(all).not.toContain('Vuokrarästit');
  });
});
