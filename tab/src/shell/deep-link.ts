import type { Route } from './use-route';

/** The views a Teams deep link may open (bot/cards/tab-links.ts writes `view` or `view:<id>`). */
const LINKABLE: readonly Route[] = ['new', 'mine', 'board', 'deliveries'];

/**
 * The route a deep link's subEntityId (teams-js v2: `context.page.subPageId`) names, or null.
 * `board:<observationId>` opens the board; the tab has no route for one observation yet.
 */
export function routeOfSubPage(subPageId: string | null | undefined): Route | null {
  const view = subPageId?.split(':')[0]?.trim();
  return LINKABLE.find((route) => route === view) ?? null;
}
