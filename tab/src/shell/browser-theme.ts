import { useSyncExternalStore } from 'react';
import type { HostTheme } from './teams';

/** Outside Teams the browser's own choices decide: forced colours first, then dark or light. */
const FORCED = '(forced-colors: active)';
const DARK = '(prefers-color-scheme: dark)';

function current(): HostTheme {
  if (window.matchMedia(FORCED).matches) return 'contrast';
  return window.matchMedia(DARK).matches ? 'dark' : 'default';
}

function subscribe(onChange: () => void): () => void {
  const queries = [FORCED, DARK].map((media) => window.matchMedia(media));
  for (const query of queries) query.addEventListener('change', onChange);
  return () => {
    for (const query of queries) query.removeEventListener('change', onChange);
  };
}

/** The theme the browser asks for, following changes while the tab is open. */
export function useBrowserTheme(): HostTheme {
  return useSyncExternalStore(subscribe, current);
}
