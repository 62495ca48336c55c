import type { ObservationKind } from '../observation/observation';

/** Who files on the public form (Kanta-Häme): residents, clients, associations, others. */
export const REPORTER_TYPES = ['resident', 'client', 'association', 'other'] as const;
export type ReporterType = (typeof REPORTER_TYPES)[number];

/** A public submission waits (`pending`) until the coordinator accepts or discards it. */
export const SUBMISSION_STATES = ['pending', 'accepted', 'discarded'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** What the public form holds once validated. */
export type PublicSubmissionDraft = {
  readonly kind: ObservationKind;
  readonly description: string;
  readonly solutionProposal: string;
  readonly municipality: string;
  readonly targetGroup: string;
  readonly reporterType: ReporterType;
  /** Only with the reporter's consent to be contacted; never shown outside the queue. */
  readonly contactEmail: string | null;
};

/**
 * The coordinator's decision. Accepting names the service area and topic the public form
 * does not ask (a resident cannot know the county's areas) and the observation's id before
 * it is made, so that an accept cut short can be completed without a second observation.
 */
export type SubmissionDecision =
  | {
      readonly state: 'accepted';
      readonly at: string;
      readonly byId: string;
      readonly byName: string;
      readonly observationId: string;
      readonly serviceArea: string;
      readonly topic: string;
    }
  | {
      readonly state: 'discarded';
      readonly at: string;
      readonly byId: string;
      readonly byName: string;
      /** Internal: never shown to the public reporter. */
      readonly reason: string;
    };

/** A public submission in the coordinator's queue. */
export type PublicSubmission = PublicSubmissionDraft & {
  readonly id: string;
  /** The code the reporter follows the status with (receipt.ts); unique. */
  readonly receipt: string;
  /** ISO 8601 instant. */
  readonly createdAt: string;
  readonly state: SubmissionState;
  /** null while pending. */
  readonly decision: SubmissionDecision | null;
  readonly version: number;
  readonly updatedAt: string;
};

/**
 * Accepted submissions become observations whose reporter is nobody on the staff: this id,
 * so that no notification (status changes, proposals, publications) is ever addressed to a
 * public reporter, and the idempotency of the observation's creation is the submission's own.
 */
const PUBLIC_REPORTER_PREFIX = 'public:';

export const publicReporterId = (submissionId: string): string =>
  `${PUBLIC_REPORTER_PREFIX}${submissionId}`;

export const isPublicReporterId = (userId: string): boolean =>
  userId.startsWith(PUBLIC_REPORTER_PREFIX);
