export { createBotMessenger } from './bot-messenger';
export { outcomeOfError, retryAfterMs } from './send-outcome';
