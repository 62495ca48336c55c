export { applyRetention, describeRetention } from './apply-retention';
export type { RetentionOptions, RetentionOutcome } from './apply-retention';
