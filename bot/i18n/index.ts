export type { BotCatalogue } from './bot-catalogue';
export { botCatalogue, botLocale } from './bot-locale';
