/**
 * The pure domain of RAKE: observations (havainnot), their lifecycle, the supervisor's
 * triage record, who sees what, the personal-data guard and the county presets.
 */
export * from './shared';
export * from './lifecycle';
export * from './observation';
export * from './triage';
export * from './policy';
export * from './personal-data';
export * from './county';
export * from './notification';
export * from './phenomenon';
export * from './proposal';
export * from './meeting';
export * from './enrichment';
export * from './compilation';
export * from './text-match';
export * from './export';
export * from './report';
export * from './message';
