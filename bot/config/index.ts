export type { AppType, BotConfig, BotCredentials } from './bot-config';
export { APP_TYPES, loadBotConfig } from './bot-config';
