import { useEffect, useState } from 'react';
import { useBrowserTheme } from './browser-theme';
import { deepLinkedUrl } from './deep-link';
import { detectHost, onHostThemeChange, type Host, type HostTheme } from './teams';

export type HostState = { readonly ready: boolean; readonly host: Host; readonly theme: HostTheme };

/**
 * Teams or plain browser. In Teams the theme follows the client's theme changes; outside it,
 * the browser's colour scheme and forced colours.
 */
export function useHost(): HostState {
  const [state, setState] = useState<HostState>({
    ready: false,
    host: { inTeams: false },
    theme: 'default',
  });

  useEffect(() => {
    let active = true;
    void detectHost().then((host) => {
      if (!active) return;
      // Before the workspace mounts: its route is read from the hash when it does.
      const deepLinked = host.inTeams ? deepLinkedUrl(host.subPageId, window.location.href) : null;
      if (deepLinked !== null && !window.location.hash.startsWith('#configure')) {
        window.history.replaceState(null, '', deepLinked);
      }
      setState({ ready: true, host, theme: host.inTeams ? host.theme : 'default' });
      if (host.inTeams) {
        void onHostThemeChange((theme) => {
          if (active) setState((s) => ({ ...s, theme }));
        });
      }
    });
    return () => {
      active = false;
    };
  }, []);

  const browserTheme = useBrowserTheme();
  return state.host.inTeams ? state : { ...state, theme: browserTheme };
}
