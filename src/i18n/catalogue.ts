import type { ReturnReason, Status } from '../domain/lifecycle/status';
import type { ProposalStatus } from '../domain/proposal/proposal';
import type { ObservationKind } from '../domain/observation/observation';
import type { PersonalDataWarningKind } from '../domain/personal-data/personal-data-finding';
import type { FieldProblem } from '../domain/shared/field-problem';
import type { TriageField } from '../domain/triage/triage-record';
import type { StorageFailure } from '../ports/storage-unavailable';

/** Every input field a message can name; unknown names are shown as typed. */
export const FIELD_NAMES = [
  'body',
  'kind',
  'description',
  'solutionProposal',
  'topic',
  'serviceArea',
  'municipality',
  'targetGroup',
  'supervisorId',
  'coReporterIds',
  'to',
  'feedback',
  'returnReason',
  'status',
  'period',
  'q',
  'cursor',
  'limit',
  'sort',
  'role',
  'idempotencyKey',
  'teamId',
  'state',
  'title',
  'rationale',
  'phenomenonIds',
  'observationIds',
  'decisionBody',
  'dueDate',
  'forms',
  'level',
  'note',
  'by',
  'on',
  'introduction',
  'sections',
  'quotations',
  'compilationId',
  'phenomenonId',
  'year',
  'language',
  'text',
  'reporterType',
  'contactEmail',
  'contactConsent',
  'startedAt',
  'website',
  'reason',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number] | TriageField;

export type FieldProblemCode = FieldProblem['code'];

/**
 * One locale's server-side wording. Functions take the already localised field label so
 * that each language can inflect or quote it as its grammar needs.
 */
export type Catalogue = {
  /** Why the store (SharePoint through Graph) could not answer, and what helps. */
  readonly storage: Readonly<Record<StorageFailure, string>>;
  readonly errors: {
    readonly malformed_json: string;
    readonly bad_request: string;
    readonly validation: string;
    readonly personal_data: (field: string) => string;
    readonly unauthenticated: string;
    readonly invalid_identity: (header: string) => string;
    readonly forbidden: string;
    readonly not_found: string;
    /** Withdraw: a supervisor has already moved the observation on. */
    readonly already_handled: string;
    /** Resubmit: the observation is not waiting for the reporter's answer. */
    readonly not_returned: string;
    readonly already_decided: string;
    readonly illegal_transition: (from: string, to: string) => string;
    readonly precondition_failed: string;
    readonly precondition_required: string;
    readonly idempotency_key_reused: string;
    readonly payload_too_large: (limitKiB: string) => string;
    readonly unsupported_media_type: string;
    readonly rate_limited: (seconds: string) => string;
    readonly host_not_allowed: string;
    readonly headers_too_large: (limitKiB: string) => string;
    readonly request_timeout: string;
    readonly internal: string;
    /** Why the intranet did not take a report's page. */
    readonly intranet_unavailable: Readonly<
      Record<'forbidden' | 'unavailable' | 'not_configured', string>
    >;
  };
  readonly fieldProblems: Readonly<
    Record<FieldProblemCode, (field: string, limit: string | null) => string>
  >;
  readonly warnings: Readonly<Record<PersonalDataWarningKind, (field: string) => string>>;
  readonly fields: Readonly<Record<FieldName, string>>;
  readonly statuses: Readonly<Record<Status, string>>;
  readonly proposalStatuses: Readonly<Record<ProposalStatus, string>>;
  readonly returnReasons: Readonly<Record<ReturnReason, string>>;
  readonly kinds: Readonly<Record<ObservationKind, string>>;
  /** Number formatting tag for limits (20 000 / 20 000 / 20,000). */
  readonly numberLocale: string;
};
