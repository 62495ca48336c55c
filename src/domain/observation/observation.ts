import type { Status, ReturnReason } from '../lifecycle/status';
import type { TriageRecord } from '../triage/triage-record';

/** Kainuu's form: is the phenomenon a problem, a good thing, or something else. */
export const OBSERVATION_KINDS = ['negative', 'positive', 'other'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** What the reporter fills in on the form (havaintolomake). Ids refer to the county config. */
export type ObservationDraft = {
  readonly kind: ObservationKind;
  readonly description: string;
  readonly solutionProposal: string;
  readonly topic: string;
  readonly serviceArea: string;
  readonly municipality: string;
  readonly targetGroup: string;
  readonly supervisorId: string | null;
  readonly coReporterIds: readonly string[];
};

/** A filed observation (havainto). */
export type Observation = ObservationDraft & {
  readonly id: string;
  readonly reporterId: string;
  readonly reporterName: string;
  /** ISO 8601 instant. */
  readonly createdAt: string;
  /** Reporting period id from the county's period scheme, e.g. `2026-Q4` or `2026-H2`. */
  readonly period: string;
  readonly status: Status;
  /** When the reporter first heard back (first status change); null while waiting. */
  readonly firstAnsweredAt: string | null;
  readonly updatedAt: string;
  /** Grows with every change; the HTTP edge exposes it as the ETag. */
  readonly version: number;
  readonly triage: TriageRecord;
  /**
   * `public`: accepted by the coordinator from the public form (its reporter is nobody on the
   * staff, see public-form/public-submission.ts). Absent: filed by staff.
   */
  readonly source?: ObservationSource;
};

/** Where an observation came from: staff's own form, or the public form (issue 13). */
export const OBSERVATION_SOURCES = ['staff', 'public'] as const;
export type ObservationSource = (typeof OBSERVATION_SOURCES)[number];

/** The form's fields a reporter may amend when answering a return (not who is involved). */
export const AMENDABLE_FIELDS = [
  'kind',
  'description',
  'solutionProposal',
  'topic',
  'serviceArea',
  'municipality',
  'targetGroup',
] as const;
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];

/** Some of the amendable fields, with their new values. */
export type DraftEdit = Partial<Pick<ObservationDraft, AmendableField>>;

/** One field a resubmit changed: both versions, so the supervisor sees what was amended. */
export type DraftChange = {
  readonly field: AmendableField;
  readonly before: string;
  readonly after: string;
};

/** One step of an observation's timeline, shown to the reporter. */
export type HistoryEntry = {
  readonly id: string;
  readonly observationId: string;
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string;
  /** null for the entry that records the filing itself. */
  readonly from: Status | null;
  readonly to: Status;
  /** Feedback to the reporter, shown in "my reports". */
  readonly feedback: string | null;
  readonly returnReason: ReturnReason | null;
  /** Only on a resubmit's entry: what the reporter amended (absent elsewhere). */
  readonly changes?: readonly DraftChange[];
};
