import {
  browseBoard,
  cacheAnswerTimes,
  submitObservation,
  transitionObservation,
  updateTriage,
} from '../src/app';
import { sendDigestNow } from '../src/app/digest';
import { actor, createAppDeps, draftBody, testClock, type StaffKey } from '../src/app/testing';
import { sharePointFixture } from '../src/adapters/graph/testing/sharepoint-fixture';
import type { GraphDouble } from '../src/adapters/graph/testing/graph-double';

/**
 * `npm run bench:graph` (also the last part of `npm run bench`): how many Graph requests each
 * use case makes on the SharePoint store, counted at the local Graph double, beside the least
 * it could make. Counts, not timings: the double answers on loopback.
 */

export type RequestCount = {
  readonly useCase: string;
  /** HTTP requests to Graph (a `$batch` is one). */
  readonly http: number;
  /** Of those, the requests inside `$batch`es. */
  readonly batched: number;
  readonly minimum: number;
  readonly why: string;
};

/** Runs `work` and counts what reached the double meanwhile. */
async function counted(
  graph: GraphDouble,
  work: () => Promise<unknown>,
): Promise<{ http: number; batched: number }> {
  const mark = graph.state.requestLog.length;
  await work();
  const log = graph.state.requestLog.slice(mark);
  // The double logs top-level requests with their /v1.0 path, batched ones as sent inside.
  const http = log.filter((entry) => entry.url.startsWith('/v1.0')).length;
  return { http, batched: log.length - http };
}

function mustBeOk<T>(outcome: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!outcome.ok) throw new Error(`use case failed: ${JSON.stringify(outcome.error)}`);
  return outcome.value;
}

export async function runGraphRequestBench(existing = 120): Promise<RequestCount[]> {
  const fixture = sharePointFixture();
  try {
    const { store, graph } = await fixture.store();
    const clock = testClock(new Date('2026-11-02T08:00:00.000Z'));
    const plain = await createAppDeps(store, clock);
    // As the app runs (compose.ts): the board's median answer time kept by the writes.
    const answerTimes = cacheAnswerTimes(plain.store, { clock });
    const deps = { ...plain, store: answerTimes.store, answerTimes: answerTimes.answerTimes };
    const file = async (who: StaffKey, key: string | null) =>
      mustBeOk(await submitObservation(deps, actor(who), draftBody(), key)).observation;
    for (let i = 0; i < existing; i += 1) {
      await file('reporter', null);
      clock.advanceHours(1);
    }

    const rows: RequestCount[] = [];
    let filedId = '';
    const submit = await counted(graph, async () => {
      filedId = (await file('reporter', 'bench-key')).id;
    });
    rows.push({
      useCase: 'submit (POST /api/observations)',
      ...submit,
      minimum: 1,
      why: 'one $batch: the observation, its history entry and its notifications',
    });

    const page = await counted(graph, () =>
      store.observations.listBoard({ scope: { kind: 'all' }, limit: 50 }),
    );
    rows.push({ useCase: 'board page, 50 rows (store)', ...page, minimum: 1, why: 'one query' });

    const firstBoard = await counted(graph, async () =>
      mustBeOk(await browseBoard(deps, actor('supervisor'), {})),
    );
    rows.push({
      useCase: 'board page, 50 rows, first (GET)',
      ...firstBoard,
      minimum: 3,
      why: 'the page, its total (one column, 5,000 items a request), the period’s answer times',
    });
    const board = await counted(graph, async () =>
      mustBeOk(await browseBoard(deps, actor('supervisor'), {})),
    );
    rows.push({
      useCase: 'board page, 50 rows, then (GET)',
      ...board,
      minimum: 2,
      why: 'the page and its total; the answer times are kept by the writes (5 min at most)',
    });

    const triage = await counted(graph, async () =>
      mustBeOk(
        await updateTriage(deps, actor('supervisor'), filedId, { coreContent: 'Vuokrarästit' }, 1),
      ),
    );
    rows.push({
      useCase: 'triage (PATCH …/triage)',
      ...triage,
      minimum: 2,
      why: 'read for the eTag, one write with If-Match',
    });

    const move = await counted(graph, async () =>
      mustBeOk(
        await transitionObservation(deps, actor('supervisor'), filedId, { to: 'in_review' }, null),
      ),
    );
    rows.push({
      useCase: 'move (POST …/transitions)',
      ...move,
      minimum: 2,
      why: 'read for the eTag, one $batch: status, history, notifications',
    });

    const digest = await counted(graph, async () =>
      mustBeOk(
        await sendDigestNow(
          { ...deps, outbox: store.outbox, conversations: store.conversations },
          actor('coordinator'),
        ),
      ),
    );
    rows.push({
      useCase: `digest (${existing + 1} observations)`,
      ...digest,
      minimum: 2,
      why: 'the observations since the last meeting (one page of 200), one write',
    });
    return rows;
  } finally {
    await fixture.close();
  }
}

export function printGraphRequestCounts(rows: readonly RequestCount[]): void {
  console.log('Graph requests per use case on the SharePoint store (local Graph double)');
  for (const row of rows) {
    const batched = row.batched > 0 ? ` (${row.batched} inside $batch)` : '';
    console.log(
      `  ${row.useCase.padEnd(40)} ${String(row.http).padStart(3)} requests${batched}; ` +
        `minimum ${row.minimum}: ${row.why}`,
    );
  }
}

if (require.main === module) {
  runGraphRequestBench()
    .then(printGraphRequestCounts)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
