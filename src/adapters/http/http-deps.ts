import type { AppDeps } from '../../app';
import type { Authenticator } from './auth';

export type HttpDeps = {
  readonly app: AppDeps;
  readonly authenticator: Authenticator;
};

export type HttpOptions = {
  /** Folder of the built tab (dist/tab). Absent or missing on disk: `/` says how to build it. */
  readonly tabDir?: string | null;
  /** Largest accepted request body; a form with two full 20,000-character texts fits. */
  readonly bodyLimitBytes?: number;
  /** Fastify's request log; off by default so `npm run demo` prints one line. */
  readonly logger?: boolean;
  /** Where unexpected errors (500) are reported; console.error by default. */
  readonly onUnexpectedError?: (error: unknown) => void;
};

export const DEFAULT_BODY_LIMIT = 256 * 1024;
