import { keepEarly, takeEarly } from './early';
import { ApiError, isApiError, networkError, retryAfterOf } from './errors';
import type {
  ApiErrorBody,
  BoardPage,
  HistoryEntry,
  Me,
  MyReportsPage,
  ObservationView,
  StaffMember,
  Status,
  SubmitResponse,
  TriageEdit,
  TriageRecord,
} from './types';
import type { BoardSort } from '../../../src/domain/observation/board-order';
import type { ObservationDraft } from '../../../src/domain/observation/observation';
import type {
  AttentionState,
  DeliveryView,
  DigestPreview,
  DigestSent,
  RakeChannelView,
} from '../deliveries/types';

/** Who the tab acts as in dev mode (sent as X-Dev-* headers). */
export type DevIdentity = Pick<StaffMember, 'id' | 'name' | 'email' | 'roles' | 'serviceAreas'>;

/** Teams sign-in: access tokens sent as `Authorization: Bearer` (see shell/sso.ts). */
export type BearerTokens = {
  readonly kind: 'bearer';
  /** `refresh`: the last token was refused, ask the host for a fresh one. */
  getToken(refresh: boolean): Promise<string>;
};

/** Who calls: a dev identity, the Teams user's tokens, or nobody (the server answers 401). */
export type Caller = DevIdentity | BearerTokens | null;

const isBearer = (caller: Caller): caller is BearerTokens =>
  caller !== null && 'kind' in caller && caller.kind === 'bearer';

export type BoardFilters = {
  /** The order (src/domain/observation/board-order.ts); absent: newest first. */
  readonly sort?: BoardSort;
  readonly status?: readonly Status[];
  readonly serviceArea?: string;
  readonly municipality?: string;
  readonly topic?: string;
  readonly period?: string;
  readonly q?: string;
};

/** The board's filters and order as query parameters (the board and its exports take them). */
export function boardParams(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status?.length) params.set('status', filters.status.join(','));
  for (const key of ['serviceArea', 'municipality', 'topic', 'period', 'q'] as const) {
    const v = filters[key]?.trim();
    if (v) params.set(key, v);
  }
  if (filters.sort) params.set('sort', filters.sort);
  return params;
}

export type Tagged<T> = { readonly value: T; readonly etag: string | null };

export type TransitionBody = {
  readonly to: Status;
  readonly feedback?: string;
  readonly returnReason?: string;
};

/** Header values must be ASCII: names like "Äijälä" travel percent-encoded. */
export function headerValue(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
}

export function devHeaders(identity: Caller): Record<string, string> {
  if (!identity || isBearer(identity)) return {};
  return {
    'X-Dev-User-Id': headerValue(identity.id),
    'X-Dev-User-Name': headerValue(identity.name),
    ...(identity.email ? { 'X-Dev-User-Email': headerValue(identity.email) } : {}),
    'X-Dev-Roles': (identity.roles ?? ['reporter']).join(','),
    'X-Dev-Service-Areas': (identity.serviceAreas ?? []).map(headerValue).join(','),
  };
}

type RequestOptions = {
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
};

/** The longest Retry-After a read waits out by itself before showing the failure. */
export const AUTO_RETRY_MAX_SECONDS = 10;

/** Milliseconds to wait before the one automatic retry of a read, or null for none. */
function autoRetryWait(error: unknown, options: RequestOptions): number | null {
  if ((options.method ?? 'GET') !== 'GET' || !isApiError(error)) return null;
  if (error.storageReason !== 'throttled' && error.storageReason !== 'unavailable') return null;
  const seconds = error.retryAfterSeconds;
  if (seconds === null || seconds > AUTO_RETRY_MAX_SECONDS) return null;
  return seconds * 1000;
}

/** A timer that ends like fetch does when the view that asked has gone away. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new DOMException('The view no longer waits', 'AbortError');
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A refusal as an ApiError: the API's error body, or one made of the HTTP status. */
function apiErrorOf(response: Response, parsed: unknown, etag: string | null): ApiError {
  const body = (parsed as { error?: ApiErrorBody } | null)?.error ?? {
    code: `http_${response.status}`,
    message: response.statusText || `HTTP ${response.status}`,
  };
  return new ApiError(
    response.status,
    body,
    etag,
    retryAfterOf(response.headers.get('Retry-After')),
  );
}

/** The tab's one way to the server; every call carries the language and the identity. */
export class ApiClient {
  constructor(
    private readonly language: string,
    private readonly identity: Caller,
    private readonly base = '/api',
  ) {}

  /** `Authorization: Bearer` in Teams; a refused token is renewed and the call sent once more. */
  private async authorization(refresh: boolean): Promise<Record<string, string>> {
    if (!isBearer(this.identity)) return {};
    let token: string;
    try {
      token = await this.identity.getToken(refresh);
    } catch (e) {
      // No token from Teams (no consent, not signed in): the same as a refused one.
      throw new ApiError(401, {
        code: 'sso_failed',
        message: e instanceof Error ? e.message : String(e),
      });
    }
    return { Authorization: `Bearer ${token}` };
  }

  private async send(path: string, options: RequestOptions, refresh: boolean): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': this.language,
      ...devHeaders(this.identity),
      ...(await this.authorization(refresh)),
      ...options.headers,
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await fetch(this.base + path, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw networkError(e instanceof Error ? e.message : String(e));
    }
  }

  /**
   * A read the store turned away for a moment is asked once more, after the wait the server
   * named, so a passing hiccup never reaches the reader. Only reads: a write is retried by
   * the user, who sees what happened. Only short waits: longer than that, the reader is
   * better served by the message and its retry button than by a spinner.
   */
  private async call<T>(path: string, options: RequestOptions = {}): Promise<Tagged<T>> {
    try {
      return await this.callOnce<T>(path, options);
    } catch (e) {
      const wait = autoRetryWait(e, options);
      if (wait === null) throw e;
      await pause(wait, options.signal);
      return this.callOnce<T>(path, options);
    }
  }

  private async callOnce<T>(path: string, options: RequestOptions): Promise<Tagged<T>> {
    let response = await this.send(path, options, false);
    if (response.status === 401 && isBearer(this.identity)) {
      response = await this.send(path, options, true);
    }
    const etag = response.headers.get('ETag');
    const text = await response.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
    }
    if (!response.ok) throw apiErrorOf(response, parsed, etag);
    return { value: parsed as T, etag };
  }

  /**
   * A file the API makes (the board's export, issue 11): its bytes and the name the server
   * gave it. Through `send`, so it carries the sign-in like every other call.
   */
  async file(path: string): Promise<{ readonly blob: Blob; readonly fileName: string | null }> {
    const options: RequestOptions = { headers: { Accept: '*/*' } };
    let response = await this.send(path, options, false);
    if (response.status === 401 && isBearer(this.identity)) {
      response = await this.send(path, options, true);
    }
    if (!response.ok) {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(await response.text());
      } catch {
        // Not the API's error body: apiErrorOf words it from the status.
      }
      throw apiErrorOf(response, parsed, null);
    }
    const disposition = response.headers.get('Content-Disposition') ?? '';
    return {
      blob: await response.blob(),
      fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null,
    };
  }

  private async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const early = this.identity === null ? null : takeEarly(this.identity, path);
    if (early !== null) {
      try {
        return (await early) as T;
      } catch {
        // Asked again below, in this reader's language and with its signal.
      }
    }
    return (await this.call<T>(path, { signal })).value;
  }

  /**
   * Starts these reads (paths as `get` takes them) now, for readers that will ask soon with
   * the same caller: the first load's reads then run side by side (shell/first-load.ts).
   */
  prefetch(paths: readonly string[]): void {
    const caller = this.identity;
    if (caller === null) return;
    for (const path of paths) keepEarly(caller, path, this.get(path));
  }

  /**
   * A read of any API path (as `/phenomena`), for feature modules that keep their own calls
   * beside their views (workspace/api.ts …) instead of growing this class.
   */
  read<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.get<T>(path, signal);
  }

  /** A read that also gives the ETag, the base of a later If-Match. */
  readTagged<T>(path: string, signal?: AbortSignal): Promise<Tagged<T>> {
    return this.call<T>(path, { signal });
  }

  /** A write (POST, PUT, PATCH, DELETE) of any API path; `ifMatch` as an ETag. */
  write<T>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    ifMatch?: string | null,
  ): Promise<Tagged<T>> {
    return this.call<T>(path, {
      method,
      ...(body === undefined ? {} : { body }),
      headers: ifMatch ? { 'If-Match': ifMatch } : {},
    });
  }

  me(signal?: AbortSignal): Promise<Me> {
    return this.get('/me', signal);
  }

  config(signal?: AbortSignal): Promise<unknown> {
    return this.get('/config', signal);
  }

  async devIdentities(signal?: AbortSignal): Promise<readonly StaffMember[]> {
    return (await this.get<{ items: StaffMember[] }>('/dev/identities', signal)).items;
  }

  async staff(
    filter: { role?: string; serviceArea?: string },
    signal?: AbortSignal,
  ): Promise<readonly StaffMember[]> {
    const params = new URLSearchParams();
    if (filter.role) params.set('role', filter.role);
    if (filter.serviceArea) params.set('serviceArea', filter.serviceArea);
    const qs = params.toString();
    return (await this.get<{ items: StaffMember[] }>(`/staff${qs ? `?${qs}` : ''}`, signal)).items;
  }

  async submit(draft: ObservationDraft, idempotencyKey: string): Promise<SubmitResponse> {
    const result = await this.call<SubmitResponse>('/observations', {
      method: 'POST',
      body: draft,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
    return result.value;
  }

  /**
   * A page of "my reports" of the server's default size (50): the first for cursor null, else
   * the one after it.
   */
  mine(cursor: string | null, signal?: AbortSignal): Promise<MyReportsPage> {
    const query = cursor ? `?${new URLSearchParams({ cursor }).toString()}` : '';
    return this.get<MyReportsPage>(`/observations/mine${query}`, signal);
  }

  observation(id: string, signal?: AbortSignal): Promise<Tagged<ObservationView>> {
    return this.call<ObservationView>(`/observations/${encodeURIComponent(id)}`, { signal });
  }

  async history(id: string, signal?: AbortSignal): Promise<readonly HistoryEntry[]> {
    const path = `/observations/${encodeURIComponent(id)}/history`;
    return (await this.get<{ items: HistoryEntry[] }>(path, signal)).items;
  }

  /** Every saved edit of the triage record, oldest first (those who may triage only). */
  async triageHistory(id: string, signal?: AbortSignal): Promise<readonly TriageEdit[]> {
    const path = `/observations/${encodeURIComponent(id)}/triage/history`;
    return (await this.get<{ items: TriageEdit[] }>(path, signal)).items;
  }

  async board(
    filters: BoardFilters,
    cursor: string | null,
    limit: number,
    signal?: AbortSignal,
  ): Promise<BoardPage> {
    const params = boardParams(filters);
    if (cursor) params.set('cursor', cursor);
    params.set('limit', String(limit));
    const page = await this.get<BoardPage & { period: unknown }>(
      `/observations?${params.toString()}`,
      signal,
    );
    // `period` may come as an id or as { id, start, end }.
    const period =
      typeof page.period === 'string'
        ? page.period
        : ((page.period as { id?: string } | null)?.id ?? null);
    return { ...page, period };
  }

  patchTriage(
    id: string,
    patch: Partial<TriageRecord>,
    etag: string,
  ): Promise<Tagged<ObservationView>> {
    return this.call(`/observations/${encodeURIComponent(id)}/triage`, {
      method: 'PATCH',
      body: patch,
      headers: { 'If-Match': etag },
    });
  }

  transition(
    id: string,
    body: TransitionBody,
    etag: string | null,
  ): Promise<Tagged<ObservationView>> {
    return this.call(`/observations/${encodeURIComponent(id)}/transitions`, {
      method: 'POST',
      body,
      headers: etag ? { 'If-Match': etag } : {},
    });
  }

  // Issue 4: the coordinator's digest and channel, the admin's failed deliveries.

  async sendDigest(): Promise<DigestSent> {
    return (await this.call<DigestSent>('/digest', { method: 'POST' })).value;
  }

  /** What `sendDigest` would post now, with its card in the tab's language; nothing is sent. */
  digestPreview(signal?: AbortSignal): Promise<DigestPreview> {
    return this.get('/digest/preview', signal);
  }

  rakeChannel(signal?: AbortSignal): Promise<RakeChannelView> {
    return this.get('/rake-channel', signal);
  }

  async setRakeChannel(teamId: string): Promise<RakeChannelView> {
    return (await this.call<RakeChannelView>('/rake-channel', { method: 'PUT', body: { teamId } }))
      .value;
  }

  async deliveries(state: AttentionState, signal?: AbortSignal): Promise<readonly DeliveryView[]> {
    const path = `/admin/deliveries?state=${encodeURIComponent(state)}`;
    return (await this.get<{ items: DeliveryView[] }>(path, signal)).items;
  }

  /** The bot's cards follow the language the tab shows. */
  async rememberLocale(locale: string): Promise<void> {
    await this.call('/me/locale', { method: 'PUT', body: { locale } });
  }

  async retryDelivery(key: string): Promise<void> {
    await this.call(`/admin/deliveries/${encodeURIComponent(key)}/retry`, { method: 'POST' });
  }
}
