import { graphError, type GraphResponse } from './errors';

/** Which requests a fault hits: all that match method and path (without `/v1.0`). */
export type FaultRule = {
  readonly method?: string;
  readonly path?: RegExp;
  readonly status: number;
  /** Sent as `Retry-After` (429 and 503). */
  readonly retryAfterSeconds?: number;
  /** How many matching requests fail; default 1. */
  readonly times?: number;
};

const CODES: Record<number, string> = {
  401: 'InvalidAuthenticationToken',
  403: 'accessDenied',
  404: 'itemNotFound',
  409: 'conflict',
  429: 'TooManyRequests',
  500: 'generalException',
  503: 'serviceNotAvailable',
  504: 'gatewayTimeout',
  507: 'insufficientStorage',
};

/**
 * Failures on demand for chosen requests, at the top level or inside a `$batch` (where Graph
 * throttles and fails each request on its own): how tests make one write of several fail.
 */
export class Faults {
  private readonly rules: { rule: FaultRule; left: number }[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? 1 });
  }

  take(method: string, path: string): GraphResponse | null {
    const hit = this.rules.find(
      ({ rule, left }) =>
        left > 0 &&
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        (rule.path === undefined || rule.path.test(path)),
    );
    if (hit === undefined) return null;
    hit.left -= 1;
    const { status, retryAfterSeconds } = hit.rule;
    const headers: Record<string, string> =
      retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) };
    return graphError(status, CODES[status] ?? 'generalException', `Injected ${status}.`, headers);
  }
}
