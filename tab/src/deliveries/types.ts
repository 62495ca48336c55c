import type { Role, Schemas } from '../api/types';

/* The answers of the digest, RAKE-channel and delivery routes (docs/api.md, issue 4). */

/** POST /api/digest */
export type DigestSent = Schemas['DigestSent'];

/** GET /api/digest/preview */
export type DigestPreview = Schemas['DigestPreview'];

export type ChannelChoice = Schemas['RakeChannel']['channels'][number];

/** GET and PUT /api/rake-channel */
export type RakeChannelView = Schemas['RakeChannel'];

export type AttentionState = Schemas['DeliveryAttentionState'];

/** Every AttentionState once, in the order the admin sees the lists. */
const ATTENTION_STATE_SET: Readonly<Record<AttentionState, true>> = {
  dead: true,
  not_installed: true,
};
export const ATTENTION_STATES = Object.keys(ATTENTION_STATE_SET) as readonly AttentionState[];

/** GET /api/admin/deliveries */
export type DeliveryView = Schemas['Delivery'];

/** The server's rules, repeated only to decide what the tab shows (the server decides). */
export const canSendDigest = (roles: readonly Role[]): boolean =>
  roles.includes('rake_coordinator') || roles.includes('admin');
export const canManageDeliveries = (roles: readonly Role[]): boolean => roles.includes('admin');
