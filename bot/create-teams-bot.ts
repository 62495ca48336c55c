import type { AppDeps } from '../src/app';
import type { ConversationDirectory, NotificationOutbox, TeamsMessenger } from '../src/ports';
import { createCloudAdapter, processRequest, type BotReply, type BotRequest } from './adapter';
import { digestCard, type CardJson, type TabLinks } from './cards';
import type { DigestData } from '../src/domain/notification/notification';
import type { Locale } from '../src/domain/shared/localized-text';
import type { BotCredentials } from './config';
import { RakeBot } from './handler';
import { createBotMessenger } from './messenger';

export type TeamsBotOptions = {
  readonly app: AppDeps;
  readonly conversations: ConversationDirectory;
  /** On install, what waited for the new recipient goes out after all. */
  readonly outbox: NotificationOutbox;
  readonly links: TabLinks;
  /** Null: dev mode without tokens (Agents Playground). Only ever on loopback. */
  readonly credentials: BotCredentials | null;
  /** Entra tenants whose activities are accepted; null accepts any. */
  readonly allowedTenants?: readonly string[] | null;
  /** Where errors inside a turn are reported; console.error by default. */
  readonly onError?: (error: unknown) => void;
};

export type TeamsBot = {
  /** POST /api/messages, framework-free: the HTTP edge passes the parsed request in. */
  handle(request: BotRequest): Promise<BotReply>;
  /** Proactive cards for the delivery worker. */
  readonly messenger: TeamsMessenger;
  /** The digest's card as the channel gets it, for the coordinator's preview in the tab. */
  digestCard(data: DigestData, locale: Locale): CardJson;
};

/** The whole Teams side of RAKE; the only module the composition root needs from bot/. */
export function createTeamsBot(options: TeamsBotOptions): TeamsBot {
  const onError = options.onError ?? ((error: unknown) => console.error('RAKE bot:', error));
  const adapter = createCloudAdapter(options.credentials, onError);
  const bot = new RakeBot({
    app: options.app,
    conversations: options.conversations,
    outbox: options.outbox,
    links: options.links,
  });
  const allowedTenants = options.allowedTenants ?? null;
  return {
    handle: (request) =>
      processRequest(adapter, allowedTenants, request, (context) => bot.run(context)),
    messenger: createBotMessenger(
      adapter,
      options.credentials?.appId ?? '',
      () => options.app.county,
      options.links,
      options.app.clock,
    ),
    digestCard: (data, locale) =>
      digestCard({ locale, county: options.app.county, links: options.links }, data),
  };
}
