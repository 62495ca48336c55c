import type { ObservationKind } from '../observation/observation';
import type { ReturnReason, Status } from '../lifecycle/status';
import type { ProposalOutcome, ProposalStatus } from '../proposal/proposal';
import type { ReportKind } from '../report/report';

/** What the app tells people in Teams. */
export const NOTIFICATION_KINDS = [
  'new_observation',
  'status_changed',
  'digest',
  'reminder',
  'proposal_changed',
  'enrichment_requested',
  'report_published',
  'observation_in_report',
  'observation_withdrawn',
  'observation_message',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A person (by Entra object id, the same id as X-Dev-User-Id) or the RAKE team's channel. */
export type Recipient =
  { readonly kind: 'user'; readonly userId: string } | { readonly kind: 'rake_channel' };

/** A recipient as one string (`user:<id>` or `rake_channel`): a key for stores and rate limits. */
export const recipientKey = (recipient: Recipient): string =>
  recipient.kind === 'user' ? `user:${recipient.userId}` : 'rake_channel';

/** A new observation, for the supervisors who answer for it. */
export type NewObservationData = {
  readonly observationId: string;
  readonly kind: ObservationKind;
  readonly excerpt: string;
  readonly topic: string;
  readonly serviceArea: string;
  readonly municipality: string;
  readonly reporterName: string;
  readonly createdAt: string;
  /** The reporter amended a returned observation and sent it again (absent: a new filing). */
  readonly resubmitted?: boolean;
};

/** The reporter took an observation back before handling began: nothing to answer. */
export type ObservationWithdrawnData = {
  readonly observationId: string;
  readonly excerpt: string;
  readonly reporterName: string;
  readonly at: string;
};

/** A message on an observation, for the other side of its thread. */
export type ObservationMessageData = {
  readonly observationId: string;
  readonly messageId: string;
  /** Of the observation's description. */
  readonly excerpt: string;
  /** The message, cut for the card. */
  readonly text: string;
  readonly authorName: string;
  readonly at: string;
  /** Where the recipient follows it: their own reports, or the board. */
  readonly audience: 'reporter' | 'handler';
};

/** A move of an observation, for its reporter and co-reporters. */
export type StatusChangedData = {
  readonly observationId: string;
  readonly excerpt: string;
  readonly from: Status | null;
  readonly to: Status;
  readonly feedback: string | null;
  readonly returnReason: ReturnReason | null;
  readonly actorName: string;
  readonly at: string;
};

/** Before a RAKE meeting: what came in since the last one. */
export type DigestData = {
  readonly meetingDate: string;
  /** The meeting on record the digest prepares: its agenda is linked. */
  readonly meetingId?: string;
  readonly since: string;
  readonly total: number;
  readonly byTopic: readonly { readonly id: string; readonly count: number }[];
  readonly byServiceArea: readonly { readonly id: string; readonly count: number }[];
  readonly items: readonly {
    readonly observationId: string;
    readonly excerpt: string;
    readonly topic: string;
    readonly serviceArea: string;
    readonly status: Status;
  }[];
};

/** Observations that have waited too long for a supervisor's move. */
export type ReminderData = {
  readonly waitingDays: number;
  readonly items: readonly {
    readonly observationId: string;
    readonly excerpt: string;
    readonly createdAt: string;
  }[];
};

/**
 * An action proposal resting on the recipient's observations was decided or done: the loop
 * closes (the reporter hears what their report led to).
 */
export type ProposalChangedData = {
  readonly proposalId: string;
  readonly title: string;
  readonly to: ProposalStatus;
  /** The decision (accepted, rejected) or the result (done). */
  readonly outcome: ProposalOutcome | null;
  readonly decisionBody: string;
  /** Excerpts of the recipient's own observations it rests on (at most three). */
  readonly observations: readonly { readonly observationId: string; readonly excerpt: string }[];
  readonly at: string;
};

/** The RAKE group asks a service area to enrich observations (or reminds before the due date). */
export type EnrichmentRequestedData = {
  readonly enrichmentId: string;
  readonly serviceArea: string;
  readonly question: string;
  /** yyyy-mm-dd. */
  readonly dueDate: string;
  readonly observationCount: number;
  readonly requestedByName: string;
  /** True for the reminder before the due date. */
  readonly reminder: boolean;
};

/** A report went up on the intranet subpage (or a new version of it), for the RAKE channel. */
export type ReportPublishedData = {
  readonly reportId: string;
  readonly title: string;
  readonly kind: ReportKind;
  /** The published page. */
  readonly url: string;
  /** The report version the page shows. */
  readonly version: number;
  readonly publishedByName: string;
  readonly publishedAt: string;
  /** An update of a page already published, not a new one. */
  readonly republished: boolean;
};

/**
 * A published report rests on the recipient's observations: what they reported reached the
 * county's social report ("havaintosi on mukana vuoden 2026 sosiaalisessa raportissa").
 */
export type ObservationInReportData = {
  readonly reportId: string;
  readonly title: string;
  readonly kind: ReportKind;
  /** The year of an annual report. */
  readonly year?: number;
  readonly url: string;
  /** How many of the recipient's own observations the report rests on. */
  readonly observationCount: number;
  /** Excerpts of the first of them (at most three). */
  readonly observations: readonly { readonly observationId: string; readonly excerpt: string }[];
};

type Of<K extends NotificationKind, D> = { readonly kind: K; readonly data: D };

/**
 * One message to one recipient. `key` is stable per event and recipient: the outbox keeps
 * each key once, which is what makes every notification go out exactly once.
 */
export type Notification = {
  readonly key: string;
  readonly recipient: Recipient;
  readonly createdAt: string;
} & (
  | Of<'new_observation', NewObservationData>
  | Of<'status_changed', StatusChangedData>
  | Of<'digest', DigestData>
  | Of<'reminder', ReminderData>
  | Of<'proposal_changed', ProposalChangedData>
  | Of<'enrichment_requested', EnrichmentRequestedData>
  | Of<'report_published', ReportPublishedData>
  | Of<'observation_in_report', ObservationInReportData>
  | Of<'observation_withdrawn', ObservationWithdrawnData>
  | Of<'observation_message', ObservationMessageData>
);
