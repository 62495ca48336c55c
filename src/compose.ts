import type { AddressInfo } from 'node:net';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createTeamsBot, type BotConfig, type TeamsBot } from '../bot';
import { cacheAnswerTimes, extendDeps, type AppDeps } from './app';
import { createLiveCounty, type LiveCounty } from './app/admin';
import { DEFAULT_DIGEST_SETTINGS, type DigestSettings } from './app/digest';
import {
  createDeliveryWorker,
  signalOutboxWrites,
  type DeliveryOptions,
} from './app/notifications';
import {
  createDevAuthenticator,
  createEntraAuthenticator,
  createHttpServer,
  noAuthenticator,
  remoteKeys,
  type Authenticator,
} from './adapters/http';
import { startNotificationScheduler } from './adapters/scheduler';
import { chooseTextAnalyzer, type ChosenAnalyzer } from './adapters/voikko';
import { createSuggestionIndex, REFRESH_INTERVAL_MS } from './app/suggestions';
import { timeOrderedIds } from './adapters/time-ordered-ids';
import type { RakeConfig } from './config';
import type { NotificationTiming } from './domain/county/county-config';
import { seedDemoData } from './demo';
import { reportPublishing } from './compose-publishing';
import { openStore } from './open-store';
import type {
  Clock,
  ConversationDirectory,
  IdGenerator,
  NotificationOutbox,
  StaffDirectory,
  TeamsMessenger,
} from './ports';

export type RunningRake = {
  /** Base URL with a trailing slash, e.g. `http://localhost:3978/`. */
  readonly url: string;
  readonly port: number;
  /** Stops taking requests, lets the running ones finish, then closes the store. */
  close(): Promise<void>;
};

export type StartOptions = {
  /** Leave out the one line with the URL (benchmarks, tests that print their own). */
  readonly quiet?: boolean;
  /** Fastify's request log, for debugging. */
  readonly logger?: boolean;
  /** The daily digest and reminder run (08:00 county time); on unless false (benchmarks). */
  readonly schedule?: boolean;
  /**
   * The Teams bot's settings (loadBotConfig). Absent: in dev identity mode the bot runs
   * without tokens (Agents Playground); otherwise there is no bot. Without credentials the
   * bot never runs outside dev mode: anyone could post activities as anyone.
   */
  readonly bot?: BotConfig;
  /** Sends the notifications instead of the bot (the benchmark's fake connector, tests). */
  readonly messenger?: TeamsMessenger;
  /** The delivery worker's pacing and retries (defaults: Teams' limits). */
  readonly delivery?: Partial<DeliveryOptions>;
  /**
   * With SharePoint storage: the Microsoft Graph client to use instead of one with app-only
   * tokens from the configured credentials (tests run the app on the Graph double).
   */
  readonly graphClient?: Client;
  /**
   * How often this instance reads the county settings saved in the app (another instance's
   * save shows within it). Default COUNTY_REFRESH_INTERVAL_MS (30 s).
   */
  readonly countyRefreshIntervalMs?: number;
};

const systemClock: Clock = { now: () => new Date() };

/**
 * How often the delivery worker looks for notifications written by other instances (its own
 * process's writes wake it at once). On SharePoint each look is a Graph request.
 */
const POLL_INTERVAL_MS = { sqlite: 1000, sharepoint: 15_000 } as const;
/** Time-ordered (UUIDv7): a new row lands at the end of each index keyed by id. */
const uuids: IdGenerator = timeOrderedIds();

/**
 * Wires configuration → store (SQLite, or SharePoint lists) → (demo data) → use cases → HTTP,
 * and listens. Used by main.ts, the browser tests and the benchmark, so all three run the same thing.
 */
export async function startRake(
  config: RakeConfig,
  options: StartOptions = {},
): Promise<RunningRake> {
  const store = await openStore(config, systemClock, options.graphClient);
  let text: ChosenAnalyzer | undefined;
  try {
    // Voikko when it loads (RAKE_TEXT_ANALYZER), else n-grams; the start line says which.
    text = chooseTextAnalyzer(config.textAnalyzer, {
      warn: (line) => (options.quiet === true ? undefined : console.warn(line)),
    });
    // The worker is made last (it needs the bot's messenger); writes before that wake nobody.
    let wakeDelivery = (): void => undefined;
    const signalled = signalOutboxWrites(store, () => wakeDelivery());
    // The board's median answer time follows the writes made through `app.store` (all of
    // this process's: the API, the bot and the scheduler use it) instead of being recomputed
    // for each board request.
    const answerTimes = cacheAnswerTimes(signalled.observations, { clock: systemClock });
    const publishing = reportPublishing(config.intranet, {
      reports: store.reports,
      timeZone: config.county.timeZone,
      ...(options.graphClient === undefined ? {} : { graphClient: options.graphClient }),
    });
    // The county settings saved in the app lie over the preset and the environment; read
    // before the first request, then again every refresh interval (other instances' saves).
    const liveCounty = createLiveCounty(store.settings, config.county, timingOf(config), {
      ...(options.countyRefreshIntervalMs === undefined
        ? {}
        : { refreshIntervalMs: options.countyRefreshIntervalMs }),
    });
    await liveCounty
      .refresh()
      .catch((error: unknown) =>
        console.error(
          'RAKE: the stored county settings could not be read; using the preset',
          error,
        ),
      );
    liveCounty.start();
    const app: AppDeps = {
      store: answerTimes.store,
      staff: store.staff,
      phenomena: store.phenomena,
      proposals: signalled.proposals,
      meetings: store.meetings,
      compilations: store.compilations,
      enrichments: signalled.enrichments,
      reports: signalled.reports,
      publishing: publishing.publishing,
      audit: store.audit,
      retention: store.retention,
      messages: signalled.messages,
      publicSubmissions: store.publicSubmissions,
      clock: systemClock,
      ids: uuids,
      // Read per use: the admin's saved settings over the preset and environment.
      get county() {
        return liveCounty.county();
      },
      countySettings: liveCounty,
      answerTimes: answerTimes.answerTimes,
      suggestions: createSuggestionIndex(text.analyzer, {
        refreshIntervalMs: REFRESH_INTERVAL_MS[store.kind],
      }),
    };
    // The seeder itself adds nothing to a store that holds observations: demo data must
    // never mix with real reports.
    const seeded = config.demo
      ? (
          await seedDemoData({
            observations: store.observations,
            staff: store.staff,
            workspace: store,
            county: config.county,
            clock: systemClock,
            ids: uuids,
          })
        ).seeded
      : false;

    const authenticator = authenticatorFor(config, store.staff, liveCounty);
    const notifications = { outbox: signalled.outbox, conversations: store.conversations };
    const bot = teamsBot(config, options, app, notifications);
    const server = createHttpServer(
      {
        app,
        authenticator,
        notifications: {
          ...notifications,
          ...(bot === null ? {} : { digestCard: bot.digestCard }),
        },
        ...(bot === null ? {} : { bot }),
        ...(publishing.intranetPages === undefined ? {} : { intranet: publishing.intranetPages }),
      },
      {
        tabDir: config.tabDir,
        serveSourceMaps: config.nodeEnv === 'development',
        logger: options.logger ?? false,
        rateLimits: config.http.rateLimits,
        trustedProxyHops: config.http.trustedProxyHops,
      },
    );
    await server.listen({ port: config.port, host: config.host });
    // The suggestion index is built on its first use; building it now, in the background,
    // spares the first supervisor who opens an observation the wait (seconds at 100,000).
    const warmUp = (
      app.suggestions?.refresh({
        observations: app.store,
        phenomena: app.phenomena,
        clock: systemClock,
      }) ?? Promise.resolve()
    ).catch((error: unknown) =>
      console.error('RAKE: building the suggestion index failed; it is built on first use', error),
    );
    const scheduler =
      options.schedule === false
        ? null
        : startNotificationScheduler(extendDeps(app, notifications), () => digestSettingsOf(app), {
            log: options.quiet === true ? () => undefined : undefined,
          });
    // Delivery needs a messenger (the bot's, or the caller's); without one, notifications
    // wait in the outbox.
    const messenger = options.messenger ?? bot?.messenger ?? null;
    const worker =
      messenger === null
        ? null
        : createDeliveryWorker({
            ...notifications,
            messenger,
            clock: systemClock,
            options: { pollIntervalMs: POLL_INTERVAL_MS[store.kind], ...options.delivery },
          });
    worker?.start();
    if (worker !== null) wakeDelivery = () => worker.wake();
    const { port } = server.server.address() as AddressInfo;
    const url = `http://localhost:${port}/`;
    if (options.quiet !== true) console.log(startLine(url, config, seeded, store.kind, text.note));

    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      close: () =>
        (closing ??= (async () => {
          try {
            liveCounty.stop();
            await scheduler?.stop();
            await worker?.stop();
            await warmUp;
            await server.close();
          } finally {
            text?.close();
            store.close();
          }
        })()),
    };
  } catch (error) {
    text?.close();
    store.close();
    throw error;
  }
}

function authenticatorFor(
  config: RakeConfig,
  staff: StaffDirectory,
  live: LiveCounty,
): Authenticator {
  if (config.auth === 'dev') return createDevAuthenticator(staff, () => live.county());
  if (config.auth === 'entra' && config.entra !== null) {
    return createEntraAuthenticator({
      ...config.entra,
      keys: remoteKeys({ url: config.entra.jwksUrl }),
      staff,
      supervision: () => live.supervision().value,
    });
  }
  return noAuthenticator;
}

/** The environment's days (RAKE_DIGEST_DAYS_BEFORE, …): the default the admin may override. */
function timingOf(config: RakeConfig): NotificationTiming {
  return {
    digestDaysBefore: config.digest.daysBefore,
    reminderDays: config.digest.reminderDays,
    escalationDays: config.digest.escalationDays,
  };
}

/** The daily run's days: the admin's setting when saved, else the environment's. */
function digestSettingsOf(app: AppDeps): DigestSettings {
  const timing = app.county.timing;
  return timing === undefined
    ? DEFAULT_DIGEST_SETTINGS
    : {
        daysBefore: timing.digestDaysBefore,
        reminderDays: timing.reminderDays,
        escalationDays: timing.escalationDays,
      };
}

function teamsBot(
  config: RakeConfig,
  options: StartOptions,
  app: AppDeps,
  notifications: { outbox: NotificationOutbox; conversations: ConversationDirectory },
): TeamsBot | null {
  const settings: BotConfig | null =
    options.bot ??
    (config.auth === 'dev'
      ? {
          credentials: null,
          allowedTenants: null,
          links: {
            teamsAppId: null,
            entityId: 'rake',
            baseUrl: `http://localhost:${config.port}/`,
          },
        }
      : null);
  if (settings === null || (settings.credentials === null && config.auth !== 'dev')) return null;
  return createTeamsBot({ app, ...notifications, ...settings });
}

function startLine(
  url: string,
  config: RakeConfig,
  seeded: boolean,
  storage: 'sqlite' | 'sharepoint',
  textAnalysis: string,
): string {
  const notes = [`county ${config.county.id}`];
  if (storage === 'sharepoint') notes.push('SharePoint lists');
  if (config.demo) notes.push(seeded ? 'demo data' : 'demo data already present');
  if (config.auth === 'dev') notes.push('dev identity');
  if (config.auth === 'entra') notes.push('Teams sign-in');
  notes.push(textAnalysis);
  return `RAKE running at ${url} (${notes.join(', ')})`;
}
