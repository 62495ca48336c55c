export type { BotDeps } from './bot-deps';
export { RakeBot } from './rake-bot';
export { parseCommand, type Command } from './commands';
export { actorOf } from './actor-of';
