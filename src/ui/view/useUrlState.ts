import { useCallback, useEffect, useState } from 'react';
import { format, parse, type ViewState } from './urlState';

export interface SetViewOptions {
  /** Add a history entry (Back undoes it). Default: replace the current one. */
  push?: boolean;
}

export type SetView = (update: Partial<ViewState> | ((prev: ViewState) => ViewState), options?: SetViewOptions) => void;

function currentView(): ViewState {
  return parse(window.location.search);
}

/** The ViewState kept in the address bar: read on load and on Back/Forward, written on change. */
export function useUrlState(): [ViewState, SetView] {
  const [state, setState] = useState<ViewState>(currentView);

  useEffect(() => {
    const onPop = () => setState(currentView());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const setView = useCallback<SetView>((update, options = {}) => {
    const prev = currentView();
    const next = typeof update === 'function' ? update(prev) : { ...prev, ...update };
    const search = format(next);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (options.push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setState(parse(search));
  }, []);

  return [state, setView];
}
