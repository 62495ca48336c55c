import { canManageDeliveries, canSendDigest } from './types';

/**
 * Whether the view has anything for this user (its tab is shown only then). Apart from
 * Deliveries.tsx so that the shell can ask without loading the view (it is its own chunk).
 */
export const hasDeliveriesView = (roles: Parameters<typeof canSendDigest>[0]): boolean =>
  canSendDigest(roles) || canManageDeliveries(roles);
