import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { boardSql, createSqliteStore, type SqlQuery } from '../src/adapters/sqlite';
import type { CountyConfig } from '../src/domain/county/county-config';
import type { BoardQuery } from '../src/ports/observation-store';
import { median, percentile } from './stats';
import { syntheticObservation } from './synthetic-observations';

export type BoardBenchResult = {
  readonly rows: number;
  readonly buildSeconds: number;
  readonly cases: readonly {
    readonly name: string;
    readonly storeP95Ms: number;
    readonly rawP95Ms: number;
    readonly ratio: number;
  }[];
};

const WARM_UP_ROUNDS = 20;
const ROUNDS = 200;
/** Filings handed to the store at once while building; its group commit makes each one commit. */
const BUILD_CHUNK = 2_000;

function cases(county: CountyConfig, rows: number): { name: string; query: BoardQuery }[] {
  const area = county.serviceAreas[0]?.id ?? '';
  const all = { kind: 'all' } as const;
  return [
    { name: 'koko maakunta, 1. sivu', query: { scope: all, limit: 50 } },
    { name: 'tila = received', query: { scope: all, status: ['received'], limit: 50 } },
    {
      name: 'palvelualue + jakso',
      query: { scope: all, serviceArea: area, period: '2026-Q1', limit: 50 },
    },
    {
      name: 'esihenkilön näkymä',
      query: {
        scope: { kind: 'supervisor', supervisorId: 'bench-supervisor-3', serviceAreas: [area] },
        limit: 50,
      },
    },
    // A fifth of the observations match: a page fills after a few hundred rows in order.
    { name: 'vapaa haku, yleinen', query: { scope: all, q: 'häädöt', limit: 50 } },
    // One observation matches (an old one): the case the trigram index is for.
    {
      name: 'vapaa haku, harvinainen',
      query: { scope: all, q: `(havainto ${Math.floor(rows / 7)})`, limit: 50 },
    },
    { name: 'vapaa haku, ei osumia', query: { scope: all, q: 'ei tällaista tekstiä', limit: 50 } },
  ];
}

/**
 * Board query at `rows` observations: the store (mapping included) against the raw SQL it
 * runs. For a search that SQL is two statements, the trigram probe and the board query the
 * probe chose; the raw side runs both, prepared, without building SQL or mapping rows.
 */
export async function runBoardBench(county: CountyConfig, rows: number): Promise<BoardBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-bench-'));
  const sqlite = createSqliteStore({ file: join(dir, 'board.sqlite') });
  try {
    const built = performance.now();
    for (let from = 0; from < rows; from += BUILD_CHUNK) {
      const chunk = Array.from({ length: Math.min(BUILD_CHUNK, rows - from) }, (_, i) =>
        syntheticObservation(county, from + i),
      );
      await Promise.all(
        chunk.map(({ observation, filed }) =>
          sqlite.observations.create(observation, filed, null, []),
        ),
      );
    }
    const buildSeconds = (performance.now() - built) / 1000;
    sqlite.database.pragma('optimize');

    const results = [];
    for (const { name, query } of cases(county, rows)) {
      let probe: SqlQuery | null = null;
      const countHits = (asked: SqlQuery): number => {
        probe = asked;
        return (sqlite.database.prepare(asked.sql).get(...asked.params) as { hits: number }).hits;
      };
      const { sql, params } = boardSql(query, countHits);
      const probeStatement =
        probe === null ? null : sqlite.database.prepare((probe as SqlQuery).sql);
      const probeParams = probe === null ? [] : (probe as SqlQuery).params;
      const statement = sqlite.database.prepare(sql);
      const raw = (): void => {
        probeStatement?.get(...probeParams);
        statement.all(...params);
      };

      const storeMs: number[] = [];
      const rawMs: number[] = [];
      for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round += 1) {
        let start = performance.now();
        await sqlite.observations.listBoard(query);
        const storeTime = performance.now() - start;
        start = performance.now();
        raw();
        const rawTime = performance.now() - start;
        if (round >= WARM_UP_ROUNDS) {
          storeMs.push(storeTime);
          rawMs.push(rawTime);
        }
      }
      results.push({
        name,
        storeP95Ms: percentile(storeMs, 95),
        rawP95Ms: percentile(rawMs, 95),
        ratio: median(storeMs) / median(rawMs),
      });
    }
    return { rows, buildSeconds, cases: results };
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
