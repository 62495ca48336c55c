import { toBoardQuery } from '../src/app/board-filters';
import type { CountyConfig } from '../src/domain/county/county-config';
import type { BoardScope } from '../src/domain/policy/board-scope';
import type { BoardQuery } from '../src/ports/observation-store';

/** The two boards the benchmark loads: whose they are, and the dev identity that opens them. */
export type BoardView = {
  readonly name: 'county' | 'supervisor';
  readonly label: string;
  readonly scope: BoardScope;
  /** X-Dev-* headers of someone whose board this is. */
  readonly headers: Readonly<Record<string, string>>;
};

/** The supervisor of the synthetic observations (bench/synthetic-observations.ts) looked at. */
export const BENCH_SUPERVISOR = 'bench-supervisor-3';

export function boardViews(county: CountyConfig): BoardView[] {
  const area = county.serviceAreas[0]?.id ?? '';
  return [
    {
      name: 'county',
      label: 'county-wide (RAKE member)',
      scope: { kind: 'all' },
      headers: {
        'x-dev-user-id': 'bench-rake-member',
        'x-dev-user-name': 'Bench RAKE',
        'x-dev-roles': 'rake_member',
      },
    },
    {
      name: 'supervisor',
      label: 'supervisor (one area + named)',
      scope: { kind: 'supervisor', supervisorId: BENCH_SUPERVISOR, serviceAreas: [area] },
      headers: {
        'x-dev-user-id': BENCH_SUPERVISOR,
        'x-dev-user-name': 'Bench Supervisor',
        'x-dev-roles': 'supervisor',
        'x-dev-service-areas': area,
      },
    },
  ];
}

/** The store query the app makes for a view's first page without filters. */
export function boardQueryOf(view: BoardView, county: CountyConfig): BoardQuery {
  const query = toBoardQuery({}, county, view.scope);
  if (!query.ok) throw new Error(`board query: ${JSON.stringify(query.error)}`);
  return query.value;
}
