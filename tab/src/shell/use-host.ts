import { useEffect, useState } from 'react';
import { detectHost, onHostThemeChange, type Host, type HostTheme } from './teams';

export type HostState = { readonly ready: boolean; readonly host: Host; readonly theme: HostTheme };

/** Teams or plain browser; in Teams the theme follows the client's theme changes. */
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

  return state;
}
