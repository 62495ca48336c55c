/**
 * The intranet subpage on SharePoint: publications as site pages through Graph's sitePage API,
 * written as the editor (on-behalf-of), with their charts in the site's assets library.
 */
export {
  createSharePointIntranetPublisher,
  type SharePointIntranetOptions,
} from './sharepoint-intranet-publisher';
export { delegatedGraphFor } from './delegated-graph';
export {
  INTRANET_SCOPES,
  onBehalfOfFailure,
  onBehalfOfTokens,
  type OnBehalfOfClient,
} from './on-behalf-of-token';
export { canvasLayoutOf, type CanvasLayout, type WebPart } from './canvas-layout';
export { IMAGE_WEB_PART_TYPE, type ChartImage } from './image-web-part';
export type { ChartPng } from './chart-assets';
export type { ConflictRetryOptions } from './conflict-retry';
export { INDEX_WEB_PART_ID, indexHtml, type IntranetIndexEntry } from './subpage-index';
export { SHAREPOINT_HTML_OPTIONS, keepSharePointHtml } from './sharepoint-html';
