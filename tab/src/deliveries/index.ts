export { Deliveries } from './Deliveries';
export { hasDeliveriesView } from './access';
export type { AttentionState, DeliveryView, DigestSent, RakeChannelView } from './types';
