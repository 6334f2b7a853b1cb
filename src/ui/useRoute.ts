import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './route';

function current(): Route {
  return parseRoute(window.location.search, window.location.hash);
}

/** The page the address asks for, updated on Back/Forward, hash changes and `navigateTo`. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const update = () =>
      setRoute((prev) => {
        const next = current();
        return prev.page === next.page && (prev.page !== 'shared' || (next.page === 'shared' && prev.payload === next.payload)) ? prev : next;
      });
    window.addEventListener('popstate', update);
    window.addEventListener('hashchange', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('hashchange', update);
    };
  }, []);
  return route;
}
