export {
  createDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerDeps,
} from './delivery-worker';
export { DEFAULT_DELIVERY_OPTIONS, retryDelayMs, type DeliveryOptions } from './delivery-options';
export { signalOutboxWrites } from './signal-outbox-writes';
