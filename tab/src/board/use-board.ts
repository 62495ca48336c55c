import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardSort } from '../../../src/domain/observation/board-order';
import type { ObservationView } from '../api/types';
import { useSession } from '../shell/session';
import { toQuery, type FilterValues } from './filters';

const PAGE_SIZE = 25;

export type BoardState = {
  readonly status: 'loading' | 'ok' | 'error';
  readonly error: unknown;
  readonly items: readonly ObservationView[];
  readonly nextCursor: string | null;
  /** How many the filters match on all pages; a lower bound when `totalExact` is false. */
  readonly total: number | null;
  readonly totalExact: boolean;
  readonly medianHours: number | null;
  readonly period: string | null;
  readonly loadingMore: boolean;
  /** Items nobody answers for (the server's `unroutedIds` of every page loaded). */
  readonly unrouted: ReadonlySet<string>;
};

const INITIAL: BoardState = {
  status: 'loading',
  error: null,
  items: [],
  nextCursor: null,
  total: null,
  totalExact: true,
  medianHours: null,
  period: null,
  loadingMore: false,
  unrouted: new Set(),
};

/** The board's pages for the current filters and sort, with cursor paging ("load more"). */
export function useBoard(filters: FilterValues, sort: BoardSort) {
  const { api } = useSession();
  const [state, setState] = useState<BoardState>(INITIAL);
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    const mine = ++generation.current;
    setState((s) => ({ ...s, status: 'loading', error: null, loadingMore: false }));
    api.board({ ...toQuery(filters), sort }, null, PAGE_SIZE, controller.signal).then(
      (page) => {
        if (generation.current !== mine) return;
        setState({
          status: 'ok',
          error: null,
          items: page.items,
          nextCursor: page.nextCursor,
          total: page.total,
          totalExact: page.totalExact,
          medianHours: page.medianHoursToFirstAnswer,
          period: page.period,
          loadingMore: false,
          unrouted: new Set(page.unroutedIds),
        });
      },
      (error: unknown) => {
        if (generation.current === mine && !controller.signal.aborted) {
          setState((s) => ({ ...s, status: 'error', error }));
        }
      },
    );
    return () => controller.abort();
  }, [api, filters, sort, attempt]);

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loadingMore: true }));
    api.board({ ...toQuery(filters), sort }, cursor, PAGE_SIZE).then(
      (page) => {
        if (generation.current !== mine) return;
        setState((s) => {
          const seen = new Set(s.items.map((i) => i.id));
          return {
            ...s,
            items: [...s.items, ...page.items.filter((i) => !seen.has(i.id))],
            nextCursor: page.nextCursor,
            total: page.total,
            totalExact: page.totalExact,
            loadingMore: false,
            unrouted: new Set([...s.unrouted, ...page.unroutedIds]),
          };
        });
      },
      (error: unknown) => {
        if (generation.current === mine) setState((s) => ({ ...s, loadingMore: false, error }));
      },
    );
  }, [api, filters, sort, state.nextCursor, state.loadingMore]);

  /** After a triage save or a transition: show the fresh copy in place. */
  const replace = useCallback((view: ObservationView) => {
    setState((s) => ({ ...s, items: s.items.map((i) => (i.id === view.id ? view : i)) }));
  }, []);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { state, loadMore, replace, reload };
}
