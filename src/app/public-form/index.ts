export { openPublicForm } from './public-form-store';
export { submitPublicObservation, type PublicSubmitOutcome } from './submit-public-observation';
export { publicStatus, type PublicStatusView } from './public-status';
export {
  listPublicQueue,
  PUBLIC_QUEUE_LIMIT,
  toPublicSubmissionView,
  type PublicSubmissionView,
} from './public-queue';
export { acceptPublicSubmission, discardPublicSubmission } from './decide-public-submission';
