import type { CountyConfig, CountyId } from './county-config';

export const COUNTY_PRESETS: Readonly<Record<CountyId, CountyConfig>> = undefined as never;

/** The preset for the county, with any configured overrides laid over it. */
export function resolveCountyConfig(id: CountyId, overrides?: Partial<Omit<CountyConfig, 'id'>>): CountyConfig {
  throw new Error('not implemented yet');
}
