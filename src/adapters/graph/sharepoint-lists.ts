import type { Client } from '@microsoft/microsoft-graph-client';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { failureOfStatus, graphCall, retryAfterSeconds } from './graph-failure';
import { LIST_SPECS, listDisplayName, type ListKey } from './list-schema';
import { siteLists } from './site-lists';

export type Fields = Readonly<Record<string, unknown>>;

/**
 * A list item as the stores see it: SharePoint's item id, its eTag ('' when the answer carried
 * none) and its column values.
 */
export type ListItem = { readonly id: string; readonly etag: string; readonly fields: Fields };

export type ItemQuery = {
  /** OData `$filter` on `fields/…` (build it with `eq`, `any`, `and`, `or`). */
  readonly filter?: string;
  readonly orderBy?: string;
  readonly top?: number;
  /** Columns to return; all when absent. */
  readonly select?: readonly string[];
};

export type ItemPage = { readonly items: readonly ListItem[]; readonly nextLink: string | null };

export type WriteRequest =
  | { readonly op: 'create'; readonly list: ListKey; readonly fields: Fields }
  | {
      readonly op: 'update';
      readonly list: ListKey;
      readonly itemId: string;
      /** `If-Match`: the write fails with 412 if the item changed since; null: always. */
      readonly etag: string | null;
      readonly fields: Fields;
    }
  | {
      readonly op: 'delete';
      readonly list: ListKey;
      readonly itemId: string;
      readonly etag: string | null;
    };

/**
 * One write's outcome. The statuses a caller handles itself: 409 (a unique column's value is
 * taken), 412 (the eTag is stale), 404 (the item is gone), 424 (not run: an earlier write of
 * the chain failed). Others are failures of the service (see failureOfStatus).
 */
export type WriteResult =
  | { readonly ok: true; readonly item: ListItem | null }
  | { readonly ok: false; readonly status: number; readonly retryAfterSeconds: number | null };

/** Graph's limit of requests in one JSON batch. */
export const MAX_BATCH = 20;

const TRANSIENT = new Set([429, 503, 504]);

type BatchResponse = {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
};

function toListItem(json: unknown, itemId?: string): ListItem {
  const record = (json ?? {}) as Record<string, unknown>;
  // A listItem carries `fields`; a fieldValueSet (PATCH …/fields) is the fields themselves.
  const fields = (record['fields'] as Record<string, unknown> | undefined) ?? record;
  const etag = [record['eTag'], record['@odata.etag'], fields['@odata.etag']].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  return {
    id: String(record['id'] ?? itemId ?? fields['id']),
    // Graph documents the eTag on a listItem; a fieldValueSet (the answer to PATCH …/fields)
    // may come without one. '' then: the item must be read again before a conditional write.
    etag: etag ?? '',
    fields,
  };
}

const wait = (seconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, seconds * 1000));

export type SharePointListsOptions = {
  /** Rounds of re-sending the writes of a batch that Graph throttled one by one. Default 4. */
  readonly batchRetries?: number;
  /**
   * The longest Retry-After waited out between rounds; a longer one ends the write with the
   * throttled results. Default 10 s.
   */
  readonly maxRetryAfterSeconds?: number;
};

/**
 * The RAKE lists on one SharePoint site, through Graph: paged reads, and writes sent as
 * `$batch`es of at most 20. The stores build on it; it knows lists and items, not observations.
 */
export class SharePointLists {
  private constructor(
    private readonly client: Client,
    private readonly siteId: string,
    private readonly listIds: ReadonlyMap<ListKey, string>,
    private readonly options: SharePointListsOptions,
  ) {}

  /**
   * Finds the lists by display name (`prefix` + title). Missing lists are a
   * StorageUnavailableError('not_provisioned'): run `npm run provision`.
   */
  static async open(
    client: Client,
    siteId: string,
    prefix: string,
    options: SharePointListsOptions = {},
  ): Promise<SharePointLists> {
    const found = new Map(
      (await graphCall(() => siteLists(client, siteId))).map((list) => [list.displayName, list.id]),
    );
    const ids = new Map<ListKey, string>();
    for (const spec of LIST_SPECS) {
      const id = found.get(listDisplayName(spec, prefix));
      if (id === undefined) throw new StorageUnavailableError('not_provisioned');
      ids.set(spec.key, id);
    }
    return new SharePointLists(client, siteId, ids, options);
  }

  private itemsPath(list: ListKey): string {
    const id = this.listIds.get(list);
    if (id === undefined) throw new Error(`List ${list} is not open`);
    return `/sites/${this.siteId}/lists/${id}/items`;
  }

  /** One page of items; pass the previous page's `nextLink` to go on. */
  async page(list: ListKey, query: ItemQuery, nextLink: string | null = null): Promise<ItemPage> {
    const response = await graphCall(() => {
      if (nextLink !== null) return this.client.api(nextLink).get() as Promise<unknown>;
      const params: Record<string, string> = {
        $expand: query.select ? `fields($select=${query.select.join(',')})` : 'fields',
      };
      if (query.filter) params['$filter'] = query.filter;
      if (query.orderBy) params['$orderby'] = query.orderBy;
      if (query.top !== undefined) params['$top'] = String(query.top);
      return this.client.api(this.itemsPath(list)).query(params).get() as Promise<unknown>;
    });
    const body = response as { value?: unknown[]; '@odata.nextLink'?: string };
    return {
      items: (body.value ?? []).map((json) => toListItem(json)),
      nextLink: body['@odata.nextLink'] ?? null,
    };
  }

  /** Every item the query matches, following `@odata.nextLink`. */
  async *all(list: ListKey, query: ItemQuery): AsyncGenerator<ListItem> {
    let page = await this.page(list, query);
    for (;;) {
      yield* page.items;
      if (page.nextLink === null) return;
      page = await this.page(list, query, page.nextLink);
    }
  }

  async collect(list: ListKey, query: ItemQuery): Promise<ListItem[]> {
    const items: ListItem[] = [];
    for await (const item of this.all(list, query)) items.push(item);
    return items;
  }

  /** The one item a unique key's filter finds, or null. */
  async findOne(list: ListKey, filter: string): Promise<ListItem | null> {
    const page = await this.page(list, { filter, top: 1 });
    return page.items[0] ?? null;
  }

  /**
   * Writes in `$batch`es of at most 20. `chain`: each depends on the one before, so a failure
   * stops the rest (they answer 424) — the caller compensates what was done. `independent`:
   * each stands alone. Writes Graph throttled one by one (429/503/504 inside the batch) are
   * sent again after their Retry-After, a few rounds; a whole batch refused is retried by
   * the client's RetryHandler.
   */
  async write(
    requests: readonly WriteRequest[],
    mode: 'chain' | 'independent',
  ): Promise<WriteResult[]> {
    const results: WriteResult[] = [];
    for (let start = 0; start < requests.length; start += MAX_BATCH) {
      const chunk = requests.slice(start, start + MAX_BATCH);
      const outcome = await this.writeChunk(chunk, mode);
      results.push(...outcome);
      if (mode === 'chain' && outcome.some((r) => !r.ok)) {
        const notRun: WriteResult = { ok: false, status: 424, retryAfterSeconds: null };
        for (let i = start + chunk.length; i < requests.length; i += 1) results.push(notRun);
        break;
      }
    }
    return results;
  }

  private async writeChunk(
    chunk: readonly WriteRequest[],
    mode: 'chain' | 'independent',
  ): Promise<WriteResult[]> {
    const results: (WriteResult | null)[] = chunk.map(() => null);
    const rounds = this.options.batchRetries ?? 4;
    for (let round = 0; ; round += 1) {
      const pending = chunk.flatMap((request, index) =>
        results[index] === null ? [{ request, index }] : [],
      );
      if (pending.length === 0) break;
      const responses = await this.sendBatch(
        pending.map((p) => p.request),
        mode,
      );
      let retryAfter = 0;
      const deferred: { index: number; result: WriteResult }[] = [];
      pending.forEach(({ request, index }, position) => {
        const response = responses[position];
        if (response === undefined) throw new Error('A $batch answer is missing a response');
        const result = toWriteResult(request, response);
        if (!result.ok && round < rounds) {
          const throttled = TRANSIENT.has(result.status);
          // In a chain, what a throttled write held back (424) goes again with it.
          if (throttled || (result.status === 424 && mode === 'chain' && deferred.length > 0)) {
            if (throttled) retryAfter = Math.max(retryAfter, result.retryAfterSeconds ?? 1);
            deferred.push({ index, result });
            return;
          }
        }
        results[index] = result;
      });
      if (deferred.length === 0) continue;
      // Someone is waiting for this answer: a longer wait than this is theirs to choose (the
      // message says "try again shortly"), and retrying before Retry-After only prolongs it.
      if (retryAfter > (this.options.maxRetryAfterSeconds ?? 10)) {
        for (const { index, result } of deferred) results[index] = result;
        break;
      }
      // A chain resumes from its first throttled write: those before it stand.
      await wait(retryAfter);
    }
    return results.map((r) => r ?? { ok: false, status: 424, retryAfterSeconds: null });
  }

  private async sendBatch(
    requests: readonly WriteRequest[],
    mode: 'chain' | 'independent',
  ): Promise<BatchResponse[]> {
    const body = {
      requests: requests.map((request, i) => ({
        id: String(i + 1),
        ...(mode === 'chain' && i > 0 ? { dependsOn: [String(i)] } : {}),
        ...this.httpOf(request),
      })),
    };
    const answer = await graphCall(
      () => this.client.api('/$batch').post(body) as Promise<{ responses: BatchResponse[] }>,
    );
    const byId = new Map(answer.responses.map((r) => [r.id, r]));
    return requests.map((_, i) => {
      const response = byId.get(String(i + 1));
      if (response === undefined) throw new Error(`$batch answered no response ${i + 1}`);
      return response;
    });
  }

  private httpOf(request: WriteRequest): Record<string, unknown> {
    const items = this.itemsPath(request.list);
    const json = { 'Content-Type': 'application/json' };
    const ifMatch = (etag: string | null) => (etag === null ? {} : { 'If-Match': etag });
    switch (request.op) {
      case 'create':
        return { method: 'POST', url: items, headers: json, body: { fields: request.fields } };
      case 'update':
        return {
          method: 'PATCH',
          url: `${items}/${request.itemId}/fields`,
          headers: { ...json, ...ifMatch(request.etag) },
          body: request.fields,
        };
      case 'delete':
        return {
          method: 'DELETE',
          url: `${items}/${request.itemId}`,
          headers: ifMatch(request.etag),
        };
    }
  }

  /** One write on its own (still a `$batch` of one: the same path for every write). */
  async writeOne(request: WriteRequest): Promise<WriteResult> {
    const [result] = await this.write([request], 'independent');
    if (result === undefined) throw new Error('write answered nothing');
    return result;
  }
}

function toWriteResult(request: WriteRequest, response: BatchResponse): WriteResult {
  if (response.status >= 200 && response.status < 300) {
    return {
      ok: true,
      item:
        request.op === 'delete'
          ? null
          : toListItem(response.body, request.op === 'update' ? request.itemId : undefined),
    };
  }
  const header = Object.entries(response.headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'retry-after',
  )?.[1];
  return { ok: false, status: response.status, retryAfterSeconds: retryAfterSeconds(header) };
}

/**
 * A failed write as the error to throw, for statuses that are the service's fault (throttled
 * past the retries, denied, down); null for those the caller handles (409, 412, 404, 424).
 */
export function writeFailure(result: WriteResult): Error | null {
  if (result.ok) return null;
  const failure = failureOfStatus(result.status);
  if (failure !== null) return new StorageUnavailableError(failure, result.retryAfterSeconds);
  if (result.status === 400 || result.status === 405) {
    return new Error(`Graph refused a write as malformed (${result.status})`);
  }
  return null;
}
