import { useCallback, useEffect, useRef, useState } from 'react';
import type { Schemas } from '../api/types';
import { useAsync } from '../common/use-async';
import { useSession } from '../shell/session';

export type MyReportsState = {
  readonly status: 'loading' | 'ok' | 'error';
  /** The first page's failure (status error), or the last "show more" failure. */
  readonly error: unknown;
  /** Each with what it led to (phenomena, action proposals). */
  readonly items: readonly Schemas['ObservationWithOutcome'][];
  readonly nextCursor: string | null;
  readonly loadingMore: boolean;
  /** The first item "show more" brought, for the focus to move to; null before any. */
  readonly firstOfMore: string | null;
};

const INITIAL: MyReportsState = {
  status: 'loading',
  error: null,
  items: [],
  nextCursor: null,
  loadingMore: false,
  firstOfMore: null,
};

/** "My reports" a page at a time: the first page, then the next on `loadMore`. */
export function useMyReports() {
  const { api } = useSession();
  const [state, setState] = useState<MyReportsState>(INITIAL);
  const [attempt, setAttempt] = useState(0);
  /** Bumped by each first-page load, so that a late "show more" answer is dropped. */
  const generation = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    const mine = ++generation.current;
    setState((s) => ({ ...s, status: 'loading', error: null, loadingMore: false }));
    api.mine(null, controller.signal).then(
      (page) => {
        if (generation.current !== mine) return;
        setState({ ...INITIAL, status: 'ok', items: page.items, nextCursor: page.nextCursor });
      },
      (error: unknown) => {
        if (generation.current === mine && !controller.signal.aborted) {
          setState((s) => ({ ...s, status: 'error', error }));
        }
      },
    );
    return () => controller.abort();
  }, [api, attempt]);

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loadingMore: true, error: null }));
    api.mine(cursor).then(
      (page) => {
        if (generation.current !== mine) return;
        setState((s) => {
          // A page boundary never repeats an item; this only guards against a double click.
          const seen = new Set(s.items.map((i) => i.id));
          const added = page.items.filter((i) => !seen.has(i.id));
          return {
            ...s,
            items: [...s.items, ...added],
            nextCursor: page.nextCursor,
            loadingMore: false,
            firstOfMore: added[0]?.id ?? s.firstOfMore,
          };
        });
      },
      (error: unknown) => {
        if (generation.current === mine) setState((s) => ({ ...s, loadingMore: false, error }));
      },
    );
  }, [api, state.nextCursor, state.loadingMore]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  /** One observation as it is after the reporter's own change; what it led to stays. */
  const replace = useCallback((view: Schemas['ObservationView']) => {
    setState((s) => ({
      ...s,
      items: s.items.map((item) => (item.id === view.id ? { ...item, ...view } : item)),
    }));
  }, []);

  return { state, loadMore, reload, replace };
}

/** The timeline, read again when the observation's version changes (a withdraw, a resubmit). */
export function useHistory(id: string, version?: number) {
  const { api } = useSession();
  return useAsync((signal) => api.history(id, signal), [api, id, version]);
}
