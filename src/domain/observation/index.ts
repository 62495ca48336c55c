export * from './observation';
export * from './validate-draft';
export * from './answer-time';
export * from './same-draft';
export * from './search-text';
export * from './validate-resubmit';
