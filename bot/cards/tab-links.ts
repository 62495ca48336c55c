/**
 * Where the tab lives. With the Teams app id, links are Teams deep links that open the
 * app's tab inside Teams; without it (dev, Playground) they are plain URLs of the tab.
 */
export type TabLinks = {
  /** The Teams app id from the app manifest; null in dev. */
  readonly teamsAppId: string | null;
  /** The static tab's entityId in the manifest. */
  readonly entityId: string;
  /** The tab's public URL, e.g. `https://rake.example.fi/`. */
  readonly baseUrl: string;
};

export type TabView = 'mine' | 'board' | 'workspace';

/** A link to one view of the tab, optionally focused on one observation. */
export function tabLink(links: TabLinks, view: TabView, observationId: string | null): string {
  const subEntityId = observationId === null ? view : `${view}:${observationId}`;
  if (links.teamsAppId !== null) {
    const context = encodeURIComponent(JSON.stringify({ subEntityId }));
    return (
      `https://teams.microsoft.com/l/entity/${encodeURIComponent(links.teamsAppId)}/` +
      `${encodeURIComponent(links.entityId)}?context=${context}`
    );
  }
  const base = links.baseUrl.endsWith('/') ? links.baseUrl : `${links.baseUrl}/`;
  const query = observationId === null ? '' : `?observation=${encodeURIComponent(observationId)}`;
  return `${base}${query}#${view}`;
}

/**
 * The agenda of a RAKE meeting in the tab's working group view: `workspace:meeting:<id>` in
 * Teams, `?meeting=<id>#workspace` in a browser.
 */
export function agendaLink(links: TabLinks, meetingId: string): string {
  return workspaceItemLink(links, 'meeting', meetingId);
}

/**
 * A report in the working group view's reports section: `workspace:report:<id>` in Teams,
 * `?report=<id>#workspace` in a browser.
 */
export function reportLink(links: TabLinks, reportId: string): string {
  return workspaceItemLink(links, 'report', reportId);
}

/**
 * A URL the server gave relative to itself (the local intranet's `/intranet/<slug>`) made
 * absolute: Teams opens only absolute URLs from a card.
 */
export function absoluteUrl(links: TabLinks, url: string): string {
  return new URL(url, links.baseUrl).toString();
}

function workspaceItemLink(links: TabLinks, item: 'meeting' | 'report', id: string): string {
  if (links.teamsAppId !== null) {
    const context = encodeURIComponent(JSON.stringify({ subEntityId: `workspace:${item}:${id}` }));
    return (
      `https://teams.microsoft.com/l/entity/${encodeURIComponent(links.teamsAppId)}/` +
      `${encodeURIComponent(links.entityId)}?context=${context}`
    );
  }
  const base = links.baseUrl.endsWith('/') ? links.baseUrl : `${links.baseUrl}/`;
  return `${base}?${item}=${encodeURIComponent(id)}#workspace`;
}
