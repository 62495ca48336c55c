import { useSyncExternalStore } from 'react';

/**
 * Narrow screens: the Teams side panel, a phone. There a list and its chosen item do not fit
 * side by side, so the item opens as its own view (like Teams' own apps).
 */
export const NARROW_MEDIA = '(max-width: 800px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_MEDIA);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_MEDIA).matches);
}
