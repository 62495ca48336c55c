import type { Actor, Role } from '../../domain/policy/actor';
import type { ConversationDirectory, NotificationOutbox } from '../../ports';
import type { AppDeps } from '../app-deps';

/** What the digest, reminder and delivery use cases touch: the core's ports plus the outbox. */
export type DigestDeps = Pick<
  AppDeps,
  'store' | 'staff' | 'clock' | 'county' | 'enrichments' | 'meetings' | 'audit' | 'retention'
> & {
  readonly outbox: NotificationOutbox;
  readonly conversations: ConversationDirectory;
};

/** When the scheduler speaks; both from configuration (RAKE_DIGEST_DAYS_BEFORE, RAKE_REMINDER_DAYS). */
export type DigestSettings = {
  /** The digest goes this many days before each meeting. */
  readonly daysBefore: number;
  /** A supervisor is reminded of observations with no change for longer than this. */
  readonly reminderDays: number;
  /** The coordinators are reminded of observations without first feedback after this. */
  readonly escalationDays?: number;
};

export const DEFAULT_DIGEST_SETTINGS: DigestSettings = { daysBefore: 3, reminderDays: 7 };

const hasAnyRole = (actor: Actor, roles: readonly Role[]): boolean =>
  actor.roles.some((role) => roles.includes(role));

/** The coordinator convenes the group and prepares its agenda; the admin may stand in. */
export const canSendDigest = (actor: Actor): boolean =>
  hasAnyRole(actor, ['rake_coordinator', 'admin']);

/** Choosing the digest channel belongs with sending the digest. */
export const canChooseRakeChannel = canSendDigest;

/** Failed deliveries name recipients and hold excerpts: admins only. */
export const canManageDeliveries = (actor: Actor): boolean => hasAnyRole(actor, ['admin']);
