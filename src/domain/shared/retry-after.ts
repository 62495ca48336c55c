/**
 * A Retry-After value (delta-seconds or an HTTP date, RFC 9110 §10.2.3) as milliseconds from
 * `now`, never negative; null when absent or unreadable. One reading for every edge that meets
 * the header: Graph's answers, the Bot Connector's, and the API's own in the tab.
 */
export function retryAfterMs(value: string | null | undefined, now: number): number | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
