export { createCloudAdapter } from './create-cloud-adapter';
export type { BotReply, BotRequest } from './http-bridge';
export { processRequest } from './http-bridge';
export type { Refusal } from './activity-guard';
export { checkActivity } from './activity-guard';
