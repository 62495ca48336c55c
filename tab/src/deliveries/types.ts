import type { NotificationKind, Recipient } from '../../../src/domain/notification/notification';
import type { Role } from '../api/types';

/* The answers of the digest, RAKE-channel and delivery routes (docs/api.md, issue 4). */

/** POST /api/digest */
export type DigestSent = {
  readonly key: string;
  readonly meetingDate: string;
  readonly since: string;
  readonly total: number;
  readonly listed: number;
};

export type ChannelChoice = {
  readonly teamId: string;
  readonly name: string;
  readonly current: boolean;
};

/** GET and PUT /api/rake-channel */
export type RakeChannelView = {
  readonly current: ChannelChoice | null;
  readonly channels: readonly ChannelChoice[];
};

export const ATTENTION_STATES = ['dead', 'not_installed'] as const;
export type AttentionState = (typeof ATTENTION_STATES)[number];

/** GET /api/admin/deliveries */
export type DeliveryView = {
  readonly key: string;
  readonly kind: NotificationKind;
  readonly recipient: Recipient;
  readonly state: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
};

/** The server's rules, repeated only to decide what the tab shows (the server decides). */
export const canSendDigest = (roles: readonly Role[]): boolean =>
  roles.includes('rake_coordinator') || roles.includes('admin');
export const canManageDeliveries = (roles: readonly Role[]): boolean => roles.includes('admin');
