import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { boardSql, createSqliteStore } from '../src/adapters/sqlite';
import type { CountyConfig } from '../src/domain/county/county-config';
import type { BoardQuery } from '../src/ports/observation-store';
import { median, percentile } from './stats';
import { syntheticObservation } from './synthetic-observations';

export type BoardBenchResult = {
  readonly rows: number;
  readonly cases: readonly {
    readonly name: string;
    readonly storeP95Ms: number;
    readonly rawP95Ms: number;
    readonly ratio: number;
  }[];
};

const ROUNDS = 200;

function cases(county: CountyConfig): { name: string; query: BoardQuery }[] {
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
    { name: 'vapaa haku', query: { scope: all, q: 'häädöt', limit: 50 } },
  ];
}

/** Board query at `rows` observations: the store (mapping included) against its raw SQL. */
export async function runBoardBench(county: CountyConfig, rows: number): Promise<BoardBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-bench-'));
  const sqlite = createSqliteStore({ file: join(dir, 'board.sqlite') });
  try {
    for (let i = 0; i < rows; i += 1) {
      const { observation, filed } = syntheticObservation(county, i);
      await sqlite.observations.create(observation, filed, null);
    }
    const results = [];
    for (const { name, query } of cases(county)) {
      const store: number[] = [];
      const raw: number[] = [];
      const { sql, params } = boardSql(query);
      const statement = sqlite.database.prepare(sql);
      for (let round = 0; round < ROUNDS; round += 1) {
        let start = performance.now();
        await sqlite.observations.listBoard(query);
        store.push(performance.now() - start);
        start = performance.now();
        statement.all(...params);
        raw.push(performance.now() - start);
      }
      results.push({
        name,
        storeP95Ms: percentile(store, 95),
        rawP95Ms: percentile(raw, 95),
        ratio: median(store) / median(raw),
      });
    }
    return { rows, cases: results };
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
