/**
 * Against bots, without a puzzle for people: a hidden field (`website`) only a bot fills, and
 * a minimum time between the form's rendering (`startedAt`, written into the page by the
 * server) and its sending. A submission that fails either is answered as if accepted (a
 * receipt that leads nowhere), so a bot learns nothing, and nothing is stored.
 */
export const MIN_FILL_MS = 3000;
export type BotSigns = { readonly website: string | null; readonly startedAt: number };

/** The page's own time is the server's: one from the future was not written by us. */
export function looksLikeBot(signs: BotSigns, nowMs: number): boolean {
  if (signs.website !== null && signs.website.trim() !== '') return true;
  return !(nowMs - signs.startedAt >= MIN_FILL_MS);
}
