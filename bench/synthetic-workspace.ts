import type { SqliteStore } from '../src/adapters/sqlite';
import type { CountyConfig } from '../src/domain/county/county-config';
import type { Actor } from '../src/domain/policy/actor';
import { syntheticObservation } from './synthetic-observations';

/** The RAKE coordinator who compiles and drafts in the benchmarks. */
export const BENCH_COORDINATOR: Actor = {
  id: 'bench-coordinator',
  name: 'Kaisa Koordinaattori',
  email: null,
  roles: ['reporter', 'rake_coordinator'],
  serviceAreas: [],
};

const BUILD_CHUNK = 500;

/**
 * Fills a SQLite store with `rows` synthetic observations (the first 11,000 or so fall into
 * 2025-Q1) and `phenomena` phenomena, each linked to every 150th observation from its own
 * offset: a third of the observations in all. Returns how long it took.
 */
export async function fillSyntheticWorkspace(
  sqlite: SqliteStore,
  county: CountyConfig,
  rows: number,
  phenomena = 50,
): Promise<{ readonly buildSeconds: number }> {
  const started = performance.now();
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
  const at = new Date().toISOString();
  for (let p = 0; p < phenomena; p++) {
    const phenomenon = await sqlite.phenomena.create({
      id: `bench-phenomenon-${p}`,
      title: `Ilmiö ${p}`,
      description: '',
      forms: [],
      level: null,
      createdBy: BENCH_COORDINATOR.id,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    for (let i = p; i < rows; i += 150) {
      await sqlite.phenomena.link({
        phenomenonId: phenomenon.id,
        observationId: `bench-${String(i).padStart(7, '0')}`,
        linkedBy: BENCH_COORDINATOR.id,
        linkedAt: at,
      });
    }
  }
  sqlite.database.pragma('optimize');
  return { buildSeconds: (performance.now() - started) / 1000 };
}
