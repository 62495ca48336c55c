import type { AppDeps } from '../../src/app';
import type { ConversationDirectory, NotificationOutbox } from '../../src/ports';
import type { TabLinks } from '../cards';

/** What the bot's handlers use: the same use cases and ports as the HTTP edge. */
export type BotDeps = {
  readonly app: AppDeps;
  readonly conversations: ConversationDirectory;
  readonly outbox: NotificationOutbox;
  readonly links: TabLinks;
};
