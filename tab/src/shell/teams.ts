export type HostTheme = 'default' | 'dark' | 'contrast';

export type Host =
  | { readonly inTeams: false }
  | {
      readonly inTeams: true;
      readonly locale: string | null;
      readonly theme: HostTheme;
      /** The deep link's subEntityId (teams-js v2: page.subPageId), e.g. `mine` or `board:<id>`. */
      readonly subPageId: string | null;
    };

const INIT_TIMEOUT_MS = 1500;

export function toHostTheme(theme: string | undefined | null): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/** A top-level browser window without a native bridge can never be a Teams host. */
export function obviouslyOutsideTeams(): boolean {
  try {
    return window.self === window.top && !('nativeInterface' in window);
  } catch {
    return false; // cross-origin parent: we are framed, maybe by Teams
  }
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/**
 * Initialises teams-js, but never waits for it longer than 1.5 s: outside Teams
 * app.initialize() may never settle, and the tab must still open.
 */
export async function detectHost(): Promise<Host> {
  if (obviouslyOutsideTeams()) return { inTeams: false };
  try {
    // Loaded only when a host is possible: teams-js reaches for its CDN as soon as it loads.
    const { app } = await import('@microsoft/teams-js');
    const outcome = await Promise.race([
      app.initialize().then(() => 'ok' as const),
      timeout(INIT_TIMEOUT_MS),
    ]);
    if (outcome !== 'ok') return { inTeams: false };
    const context = await Promise.race([app.getContext(), timeout(INIT_TIMEOUT_MS)]);
    if (context === 'timeout') return { inTeams: false };
    void app.notifySuccess().catch(() => undefined);
    return {
      inTeams: true,
      locale: context.app.locale ?? null,
      theme: toHostTheme(context.app.theme),
      subPageId: context.page.subPageId ?? null,
    };
  } catch {
    return { inTeams: false };
  }
}

export async function onHostThemeChange(handler: (theme: HostTheme) => void): Promise<void> {
  const { app } = await import('@microsoft/teams-js');
  app.registerOnThemeChangeHandler((theme) => handler(toHostTheme(theme)));
}
