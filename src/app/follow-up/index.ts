export { withdrawObservation } from './withdraw-observation';
export type { ResubmitOutcome } from './resubmit-observation';
export { resubmitObservation } from './resubmit-observation';
export type { PostedMessage } from './observation-messages';
export { listMessages, postMessage } from './observation-messages';
