import type { Status } from '../lifecycle/status';
import type { PublicSubmission } from './public-submission';

/**
 * What the public reporter sees of their submission: a status only, never internal text
 * (no feedback, triage, reasons or names). Coarser than the staff statuses on purpose.
 */
export const PUBLIC_STATUSES = [
  'received',
  'in_handling',
  'action_proposed',
  'closed',
  'not_taken_forward',
] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

/**
 * Pending: `received`. Discarded: `not_taken_forward`. Accepted: follows the observation it
 * became (`received` too while the observation is not yet there, i.e. an accept cut short).
 * A status this mapping does not know (a newer one) reads as being handled.
 */
export function publicStatusOf(
  submission: Pick<PublicSubmission, 'state'>,
  observationStatus: Status | string | null,
): PublicStatus {
  if (submission.state === 'pending') return 'received';
  if (submission.state === 'discarded') return 'not_taken_forward';
  switch (observationStatus) {
    case null:
      return 'received';
    case 'action_proposed':
      return 'action_proposed';
    case 'closed':
      return 'closed';
    case 'withdrawn':
      return 'not_taken_forward';
    default:
      return 'in_handling';
  }
}
