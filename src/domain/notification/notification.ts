import type { ObservationKind } from '../observation/observation';
import type { ReturnReason, Status } from '../lifecycle/status';

/** What the app tells people in Teams. */
export const NOTIFICATION_KINDS = [
  'new_observation',
  'status_changed',
  'digest',
  'reminder',
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
);
