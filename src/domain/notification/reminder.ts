import type { Status } from '../lifecycle/status';
import type { Observation } from '../observation/observation';
import { LIST_EXCERPT_MAX } from './digest';
import { excerptOf } from './excerpt';
import { localDateString } from './meeting-schedule';
import type { Notification, ReminderData } from './notification';

/**
 * The statuses in the supervisor's hands. Later ones (forwarded, action proposed) wait for
 * the RAKE group's meeting, which the digest covers.
 */
export const AWAITING_SUPERVISOR: readonly Status[] = ['received', 'in_review'];

/** Items one reminder card lists, oldest first; the board shows the rest. */
export const REMINDER_ITEM_LIMIT = 15;

const DAY_MS = 86_400_000;

export type ReminderInput = {
  readonly now: Date;
  /** An observation is overdue when nothing has changed on it for longer than this. */
  readonly waitingDays: number;
  readonly timeZone: string;
  /** Supervisors of a service area (used when the reporter named none). */
  readonly supervisorsOf: (serviceArea: string) => readonly string[];
  /** The RAKE coordinators: reminded of what nobody else answers for, and of what waits long. */
  readonly coordinators?: readonly string[];
  /**
   * Days an observation may go without its first feedback before the coordinators are
   * reminded of it too (issue 13; RAKE_ESCALATION_DAYS, default 14).
   */
  readonly escalationDays?: number;
  readonly itemLimit?: number;
};

/** Without a setting: two weeks without first feedback goes to the coordinator. */
export const DEFAULT_ESCALATION_DAYS = 14;

/** Received and never answered for longer than `days` since it was filed. */
export function isUnanswered(observation: Observation, now: Date, days: number): boolean {
  return (
    observation.firstAnsweredAt === null &&
    AWAITING_SUPERVISOR.includes(observation.status) &&
    now.getTime() - new Date(observation.createdAt).getTime() > days * DAY_MS
  );
}

/**
 * Who answers for an observation: the supervisor the reporter named (Kymenlaakso), else
 * every supervisor of its service area.
 */
export function responsibleSupervisors(
  observation: Pick<Observation, 'supervisorId' | 'serviceArea'>,
  supervisorsOf: (serviceArea: string) => readonly string[],
): readonly string[] {
  return observation.supervisorId !== null
    ? [observation.supervisorId]
    : supervisorsOf(observation.serviceArea);
}

/**
 * Overdue observations: in a supervisor's status with no change (move, triage note) for
 * longer than `waitingDays`. `updatedAt` is the last change of any kind, so a supervisor
 * who is working on it is not nagged.
 */
export function isOverdue(observation: Observation, now: Date, waitingDays: number): boolean {
  return (
    AWAITING_SUPERVISOR.includes(observation.status) &&
    now.getTime() - new Date(observation.updatedAt).getTime() > waitingDays * DAY_MS
  );
}

/**
 * One reminder per person with overdue observations, at most one a day each: the responsible
 * supervisors; the coordinators instead where nobody answers for an observation (an area
 * without a supervisor), and as well where it has waited for its first feedback longer than
 * `escalationDays`.
 */
export function remindersFor(
  observations: readonly Observation[],
  input: ReminderInput,
): Notification[] {
  const perSupervisor = new Map<string, Observation[]>();
  const coordinators = input.coordinators ?? [];
  const escalationDays = input.escalationDays ?? DEFAULT_ESCALATION_DAYS;
  for (const observation of observations) {
    const overdue = isOverdue(observation, input.now, input.waitingDays);
    const responsible = responsibleSupervisors(observation, input.supervisorsOf);
    const recipients = [
      ...(overdue ? responsible : []),
      ...(overdue && responsible.length === 0 ? coordinators : []),
      ...(isUnanswered(observation, input.now, escalationDays) ? coordinators : []),
    ];
    for (const userId of new Set(recipients)) {
      const list = perSupervisor.get(userId) ?? [];
      list.push(observation);
      perSupervisor.set(userId, list);
    }
  }
  const today = localDateString(input.now, input.timeZone);
  return [...perSupervisor]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([userId, waiting]) => ({
      key: reminderKey(userId, today),
      recipient: { kind: 'user', userId },
      createdAt: input.now.toISOString(),
      kind: 'reminder',
      data: reminderData(waiting, input),
    }));
}

function reminderData(waiting: readonly Observation[], input: ReminderInput): ReminderData {
  return {
    waitingDays: input.waitingDays,
    items: [...waiting]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .slice(0, input.itemLimit ?? REMINDER_ITEM_LIMIT)
      .map((o) => ({
        observationId: o.id,
        excerpt: excerptOf(o.description, LIST_EXCERPT_MAX),
        createdAt: o.createdAt,
      })),
  };
}

/** A supervisor's reminder of a day (county date): the outbox keeps it once. */
export const reminderKey = (userId: string, localDate: string): string =>
  `reminder:${userId}:${localDate}`;
