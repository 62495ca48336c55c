import type { Observation } from '../../domain/observation/observation';
import type { AppDeps } from '../app-deps';
import { unknownReferences } from './check-references';

/** Only `store.get` and `phenomena.list` are read: an observation store holding `held`. */
const depsHolding = (held: readonly string[]) =>
  ({
    store: {
      get: async (id: string) => (held.includes(id) ? ({ id } as Observation) : null),
    },
    phenomena: { list: async () => [] },
  }) as unknown as Pick<AppDeps, 'phenomena' | 'store'>;

describe('unknownReferences', () => {
  it('refuses an observation id that does not exist', async () => {
    expect(await unknownReferences(depsHolding(['o-1']), { observationIds: ['o-1', 'x'] })).toEqual(
      [{ field: 'observationIds', code: 'unknown_choice' }],
    );
  });

  it('does not check again the ids the proposal already names (retention may have deleted one)', async () => {
    const deps = depsHolding(['o-1']);
    const kept = { observationIds: ['o-1', 'o-deleted'] };
    expect(await unknownReferences(deps, { observationIds: ['o-1', 'o-deleted'] }, kept)).toEqual(
      [],
    );
    expect(await unknownReferences(deps, { observationIds: ['o-deleted', 'x'] }, kept)).toEqual([
      { field: 'observationIds', code: 'unknown_choice' },
    ]);
  });
});
