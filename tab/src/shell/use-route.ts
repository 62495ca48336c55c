import { useCallback, useEffect, useState } from 'react';
import { ROUTES, type Route } from './routes';

// The routes live apart from this hook (no browser in them), for what reads them outside React.
export { ROUTES, type Route };

function fromHash(): Route {
  const h = window.location.hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(h) ? (h as Route) : 'new';
}

/** The view lives in the URL hash (#new, #mine, #board, #workspace, #deliveries, #configure) so a reload stays where it was. */
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
