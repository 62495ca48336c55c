export * from './enrichment';
export * from './enrichment-policy';
export * from './validate-enrichment';
export * from './enrichment-notifications';
