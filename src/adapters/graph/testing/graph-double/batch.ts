import type { GraphRequest, HandlerContext } from './context';
import { graphError, ok, type GraphResponse } from './errors';
import { route } from './router';

/** Graph's documented limit of requests in one JSON batch. */
export const MAX_BATCH_REQUESTS = 20;

type BatchStep = {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
};

function parseSteps(body: unknown): BatchStep[] | GraphResponse {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) {
    return graphError(400, 'BadRequest', 'Invalid batch payload format: requests is required.');
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    return graphError(
      400,
      'BadRequest',
      `Invalid batch payload format: at most ${MAX_BATCH_REQUESTS} requests are allowed.`,
    );
  }
  const steps: BatchStep[] = [];
  for (const raw of requests as unknown[]) {
    const r = (raw ?? {}) as Record<string, unknown>;
    const { id, method, url } = r;
    if (typeof id !== 'string' || typeof method !== 'string' || typeof url !== 'string') {
      return graphError(400, 'BadRequest', 'Each batch request needs id, method and url.');
    }
    if (steps.some((s) => s.id.toLowerCase() === id.toLowerCase())) {
      return graphError(400, 'BadRequest', `Batch request id '${id}' is not unique.`);
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((r['headers'] ?? {}) as Record<string, unknown>)) {
      headers[k.toLowerCase()] = String(v);
    }
    if (r['body'] !== undefined && !headers['content-type']) {
      return graphError(400, 'BadRequest', `Batch request '${id}' has a body but no Content-Type.`);
    }
    const dependsOn = Array.isArray(r['dependsOn'])
      ? (r['dependsOn'] as unknown[]).map(String)
      : [];
    for (const dep of dependsOn) {
      if (!steps.some((s) => s.id === dep)) {
        return graphError(
          400,
          'BadRequest',
          `Batch request '${id}' depends on '${dep}', which is not an earlier request.`,
        );
      }
    }
    steps.push({ id, method: method.toUpperCase(), url, headers, body: r['body'], dependsOn });
  }
  return steps;
}

/**
 * `POST /$batch`: runs the requests in order (a request may depend only on earlier ones, so
 * order satisfies `dependsOn`); a request whose dependency failed answers 424 Failed
 * Dependency. The batch itself answers 200 with each request's own status.
 */
export function runBatch(
  body: unknown,
  ctx: HandlerContext,
  log: (method: string, url: string, status: number) => void,
): GraphResponse {
  const parsed = parseSteps(body);
  if (!Array.isArray(parsed)) return parsed;
  const statuses = new Map<string, number>();
  const responses = parsed.map((step) => {
    let response: GraphResponse;
    const failedDep = step.dependsOn.find((d) => (statuses.get(d) ?? 500) >= 400);
    if (failedDep !== undefined) {
      response = graphError(424, 'FailedDependency', `Request '${failedDep}' failed.`);
    } else {
      const url = new URL(step.url.replace(/^\/?(v1\.0\/)?/, '/'), 'http://batch.invalid');
      const req: GraphRequest = {
        method: step.method,
        path: url.pathname,
        query: url.searchParams,
        headers: step.headers,
        body: step.body ?? null,
      };
      response = route(req, ctx);
    }
    statuses.set(step.id, response.status);
    log(step.method, step.url, response.status);
    return {
      id: step.id,
      status: response.status,
      headers: { 'Content-Type': 'application/json', ...response.headers },
      ...(response.body === null ? {} : { body: response.body }),
    };
  });
  return ok(200, { responses });
}
