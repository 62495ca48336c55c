import type { Route } from './routes';

/** The views a Teams deep link may open (bot/cards/tab-links.ts writes `view` or `view:<id>`). */
const LINKABLE: readonly Route[] = ['new', 'mine', 'board', 'workspace', 'deliveries', 'admin'];

/**
 * The route a deep link's subEntityId (teams-js v2: `context.page.subPageId`) names, or null.
 * `board:<observationId>` opens the board; the tab has no route for one observation yet.
 */
export function routeOfSubPage(subPageId: string | null | undefined): Route | null {
  const view = subPageId?.split(':')[0]?.trim();
  return LINKABLE.find((route) => route === view) ?? null;
}

/** The meeting `workspace:meeting:<id>` names (the digest card's agenda link), or null. */
export function meetingOfSubPage(subPageId: string | null | undefined): string | null {
  const m = /^workspace:meeting:(.+)$/.exec(subPageId?.trim() ?? '');
  return m?.[1] ?? null;
}

/** The report `workspace:report:<id>` names (the publication card's link), or null. */
export function reportOfSubPage(subPageId: string | null | undefined): string | null {
  const m = /^workspace:report:(.+)$/.exec(subPageId?.trim() ?? '');
  return m?.[1] ?? null;
}

/**
 * The address a deep link opens, from the current one: its view in the hash and, for a
 * meeting, `?meeting=<id>` as a browser link carries it (bot/cards/tab-links.ts agendaLink),
 * and for a report `?report=<id>` (reportLink).
 */
export function deepLinkedUrl(subPageId: string | null | undefined, href: string): string | null {
  const route = routeOfSubPage(subPageId);
  if (route === null) return null;
  const url = new URL(href);
  const meeting = route === 'workspace' ? meetingOfSubPage(subPageId) : null;
  if (meeting !== null) url.searchParams.set('meeting', meeting);
  const report = route === 'workspace' ? reportOfSubPage(subPageId) : null;
  if (report !== null) url.searchParams.set('report', report);
  url.hash = route;
  return url.toString();
}
