import { useCallback, useEffect, useState } from 'react';

/** `configure` is the channel tab's configuration page, outside the signed-in workspace. */
export const ROUTES = ['new', 'mine', 'board', 'deliveries', 'configure'] as const;
export type Route = (typeof ROUTES)[number];

function fromHash(): Route {
  const h = window.location.hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(h) ? (h as Route) : 'new';
}

/** The view lives in the URL hash (#new, #mine, #board, #deliveries, #configure) so a reload stays where it was. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(fromHash);
  useEffect(() => {
    const onChange = () => setRoute(fromHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    if (fromHash() !== next) window.history.pushState(null, '', `#${next}`);
    setRoute(next);
  }, []);
  return [route, navigate];
}
