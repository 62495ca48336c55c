export { Deliveries, hasDeliveriesView } from './Deliveries';
export type { AttentionState, DeliveryView, DigestSent, RakeChannelView } from './types';
