import type { GraphDouble } from './server';

/** A tiny fetch wrapper for the double's own tests: bearer token, JSON in and out. */
export type Reply = { status: number; headers: Headers; body: Record<string, unknown> };

export function client(double: GraphDouble) {
  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const url = path.startsWith('http') ? path : `${double.url}/v1.0${path}`;
    const response = await fetch(url, {
      method,
      headers: {
        Authorization: 'Bearer any-token',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    };
  }
  return {
    call,
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      call('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) =>
      call('PATCH', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) =>
      call('DELETE', path, undefined, headers),
  };
}

/** Creates a list with the given columns and answers its id. */
export async function createList(
  api: ReturnType<typeof client>,
  site: string,
  displayName: string,
  columns: readonly Record<string, unknown>[],
): Promise<string> {
  const created = await api.post(`/sites/${site}/lists`, {
    displayName,
    columns,
    list: { template: 'genericList' },
  });
  if (created.status !== 201) throw new Error(`list not created: ${JSON.stringify(created.body)}`);
  return created.body['id'] as string;
}

export function errorOf(reply: Reply): { code: string; message: string; innerError: unknown } {
  return reply.body['error'] as { code: string; message: string; innerError: unknown };
}
