/**
 * A local, in-memory Microsoft Graph double for the SharePoint-list adapter's tests: lists,
 * columns, items (with eTags), `$filter`/`$orderby`/`$top` paging, `$batch`, throttling on
 * demand and the list view threshold. Tests only; never wired into the app.
 */
export { startGraphDouble, DEFAULT_LIMITS } from './server';
export type { GraphDouble, GraphDoubleOptions } from './server';
export type { GraphDoubleLimits } from './context';
export { GraphDoubleState, etagOf } from './state';
export type { ColumnState, ItemState, ListState, SiteState, RequestLogEntry } from './state';
export { HONOR_NON_INDEXED } from './items';
export { MAX_BATCH_REQUESTS } from './batch';
export type { ThrottleStatus } from './throttle';
export type { FaultRule } from './faults';
export { graphClientForDouble, LoopbackMiddleware, GRAPH_ORIGIN } from './graph-client';
export { SitePagesState, etagOfPage } from './pages-state';
export type { PageState, PagesOptions, PublishingLevel } from './pages-state';
export { DrivesState } from './drives-state';
export type { DriveState, FileState } from './drives-state';
export { APP_ONLY_AUTHOR, callerOf, delegatedTestToken } from './token-identity';
export type { CallerIdentity } from './token-identity';
