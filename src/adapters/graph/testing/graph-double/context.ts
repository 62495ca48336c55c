import type { Faults } from './faults';
import type { GraphDoubleState } from './state';

/** One request as the handlers see it, whether it came over HTTP or inside a `$batch`. */
export type GraphRequest = {
  readonly method: string;
  /** Without the `/v1.0` prefix, e.g. `/sites/s/lists`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
};

export type GraphDoubleLimits = {
  /** Page size of `/items` without `$top` (SharePoint through Graph pages by 200). */
  readonly defaultPageSize: number;
  /** Largest page `/items` returns; a larger `$top` is cut to it. */
  readonly maxPageSize: number;
  /** SharePoint's list view threshold: past it, non-indexed filters and sorts are refused. */
  readonly listViewThreshold: number;
  /**
   * Refuse a non-indexed `$filter`/`$orderby` (without the Prefer header) at any list size, as
   * Graph itself does (microsoftgraph/microsoft-graph-docs#2279), not only past the threshold.
   */
  readonly strictNonIndexedQueries: boolean;
};

export type HandlerContext = {
  readonly state: GraphDoubleState;
  /** `http://127.0.0.1:<port>/v1.0`, for `@odata.nextLink` and `@odata.context`. */
  readonly serviceRoot: string;
  readonly limits: GraphDoubleLimits;
  readonly faults: Faults;
};
