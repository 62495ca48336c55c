import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app';
import type { DigestDeps } from '../../../app/digest';
import type { Actor } from '../../../domain/policy/actor';
import type { Authenticator } from '../auth';
import type { NotificationHttpDeps } from '../http-deps';

/** What every route module gets: the use cases' ports and how to find the caller. */
export type RouteContext = {
  readonly app: AppDeps;
  readonly authenticator: Authenticator;
  /** The caller, or a 401 thrown for the error handler. */
  readonly signIn: (request: FastifyRequest) => Promise<Actor>;
  /** The app's ports plus the outbox and conversations; null when notifications are off. */
  readonly digest: DigestDeps | null;
  /** Builds the digest's card for the preview; null without the bot. */
  readonly digestCard: NonNullable<NotificationHttpDeps['digestCard']> | null;
};

export type IdParams = { readonly id: string };
