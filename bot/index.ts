/**
 * RAKE's Teams bot. Everything that imports `botbuilder` lives under bot/ (checked by
 * dependency-cruiser), so moving to the Microsoft 365 Agents SDK touches this folder only.
 */
export { createTeamsBot, type TeamsBot, type TeamsBotOptions } from './create-teams-bot';
export { loadBotConfig, type BotConfig, type BotCredentials } from './config';
export type { TabLinks } from './cards';
export type { BotReply, BotRequest } from './adapter';
