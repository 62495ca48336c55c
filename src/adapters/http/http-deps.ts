import type { AppDeps, StaffRegistration } from '../../app';
import type { DigestData } from '../../domain/notification/notification';
import type { Locale } from '../../domain/shared/localized-text';
import type { ConversationDirectory, NotificationOutbox } from '../../ports';
import type { Authenticator } from './auth';
import type { RateLimits } from './rate-limits';

/** The Teams side: with it the digest, delivery and RAKE-channel routes are served. */
export type NotificationHttpDeps = {
  readonly outbox: NotificationOutbox;
  readonly conversations: ConversationDirectory;
  /**
   * The digest's Adaptive Card as the bot would post it (bot/ builds it), for the
   * coordinator's preview. Absent: the preview has the figures without the card.
   */
  readonly digestCard?: (data: DigestData, locale: Locale) => Readonly<Record<string, unknown>>;
};

/** The Teams bot's endpoint (bot/ implements it); kept framework-free on purpose. */
export type BotEndpoint = {
  handle(request: {
    readonly method: string;
    readonly headers: Readonly<Record<string, string | string[] | undefined>>;
    readonly body: unknown;
  }): Promise<{ readonly status: number; readonly body: unknown }>;
};

export type HttpDeps = {
  readonly app: AppDeps;
  readonly authenticator: Authenticator;
  /** Absent: those routes answer 404, as they would without the bot. */
  readonly notifications?: NotificationHttpDeps;
  /** Absent: POST /api/messages answers 404. */
  readonly bot?: BotEndpoint;
  /**
   * With Teams sign-in, who signs in is kept in the staff directory through this. Absent:
   * one is made over `app` (tests pass their own to await it). Unused with dev identities.
   */
  readonly staffRegistration?: StaffRegistration;
  /** The local intranet's pages, served at `/intranet/`. Absent: those answer 404. */
  readonly intranet?: LocalIntranetPages;
};

/** The local intranet subpage's static pages: its index (slug null) and each publication. */
export type LocalIntranetPages = {
  /** The page's HTML; null when there is no such page (or the slug is not one). */
  read(slug: string | null): Promise<string | null>;
};

export type HttpOptions = {
  /** Folder of the built tab (dist/tab). Absent or missing on disk: `/` says how to build it. */
  readonly tabDir?: string | null;
  /** Serve the tab's source maps (`*.map`): development only. Default: they answer 404. */
  readonly serveSourceMaps?: boolean;
  /** Largest accepted request body; a form with two full 20,000-character texts fits. */
  readonly bodyLimitBytes?: number;
  /**
   * Fastify's request log; off by default so `npm run demo` prints one line. A stream takes
   * the log lines (JSON) instead of stdout, e.g. for a test that reads the warnings.
   */
  readonly logger?:
    boolean | { readonly level: 'info' | 'warn' | 'error'; readonly stream: LogStream };
  /** Where unexpected errors (500) are reported; console.error by default. */
  readonly onUnexpectedError?: (error: unknown) => void;
  /** Requests per minute per user (filings apart) and per address; DEFAULT_RATE_LIMITS. */
  readonly rateLimits?: RateLimits;
  /**
   * How many proxies in front of us to believe (X-Forwarded-Proto and -For): App Service's
   * front end is 1. Default 0: the headers are anyone's to send, so they mean nothing.
   */
  readonly trustedProxyHops?: number;
};

export type LogStream = { write(line: string): void };

export const DEFAULT_BODY_LIMIT = 256 * 1024;
