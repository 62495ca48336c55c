import { COUNTY_IDS, type CountyId } from './county-config';

/** Checks a configured value such as `RAKE_COUNTY` before it is used as a county id. */
export function isCountyId(value: unknown): value is CountyId {
  return typeof value === 'string' && (COUNTY_IDS as readonly string[]).includes(value);
}
