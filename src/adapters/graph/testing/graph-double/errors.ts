import { randomUUID } from 'node:crypto';

/** What a handler answers: the double's HTTP layer and `$batch` both render it. */
export type GraphResponse = {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
};

/**
 * A Graph error in the documented shape (https://learn.microsoft.com/graph/errors):
 * `{ "error": { "code", "message", "innerError": { "date", "request-id", "client-request-id" } } }`.
 */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): GraphResponse {
  const requestId = randomUUID();
  return {
    status,
    headers: { 'request-id': requestId, ...headers },
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          'request-id': requestId,
          'client-request-id': requestId,
        },
      },
    },
  };
}

export function ok(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GraphResponse {
  return { status, headers, body };
}

/** Thrown inside handlers (e.g. by the filter parser) and turned into a Graph error. */
export class GraphErrorSignal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GraphErrorSignal';
  }
}
