export type { DigestDeps, DigestSettings } from './digest-deps';
export {
  canChooseRakeChannel,
  canManageDeliveries,
  canSendDigest,
  DEFAULT_DIGEST_SETTINGS,
} from './digest-deps';
export type { DigestPreview, DigestSent } from './send-digest';
export { previewDigest, sendDigestNow, sendDueDigest } from './send-digest';
export type { RemindersSent } from './send-reminders';
export { sendDueReminders } from './send-reminders';
export type { AttentionState, DeliveryView } from './deliveries';
export { ATTENTION_STATES, listDeliveries, retryDelivery } from './deliveries';
export type { ChannelChoice, RakeChannelView } from './rake-channel';
export { chooseRakeChannel, getRakeChannel } from './rake-channel';
export { rememberLocale } from './remember-locale';
