import { useCallback, useEffect, useRef, useState } from 'react';
import type { Reply, ReplyError } from '@contract/reply';

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export type PageLoader<T> = (cursor: string | undefined) => Promise<Reply<CursorPage<T>>>;

export interface PagedList<T> {
  status: 'loading' | 'ready' | 'error';
  items: T[];
  error: ReplyError | null;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: string | null;
  /** From the first page again; `quiet` keeps the current items on screen until the new ones arrive. */
  reload(quiet?: boolean): Promise<void>;
  loadMore(): Promise<void>;
}

interface State<T> {
  status: PagedList<T>['status'];
  items: T[];
  error: ReplyError | null;
  cursor: string | null;
  loadingMore: boolean;
  moreError: string | null;
}

const START = { status: 'loading' as const, items: [], error: null, cursor: null, loadingMore: false, moreError: null };

/**
 * A cursor-paged list: the first page on mount and whenever `key` changes (a filter), more on demand.
 * A reply that arrives after a newer reload started is dropped.
 */
export function usePagedList<T>(load: PageLoader<T>, key: string): PagedList<T> {
  const [state, setState] = useState<State<T>>(START);
  const loadRef = useRef(load);
  loadRef.current = load;
  const stateRef = useRef(state);
  stateRef.current = state;
  const generation = useRef(0);

  const reload = useCallback(async (quiet = false) => {
    const mine = ++generation.current;
    if (!quiet || stateRef.current.status !== 'ready') setState(START);
    const reply = await loadRef.current(undefined);
    if (mine !== generation.current) return;
    if (reply.ok) {
      setState({ ...START, status: 'ready', items: reply.data.items, cursor: reply.data.nextCursor });
    } else if (quiet && stateRef.current.status === 'ready') {
      setState((current) => ({ ...current, moreError: reply.error.message }));
    } else {
      setState({ ...START, status: 'error', error: reply.error });
    }
  }, []);

  const loadMore = useCallback(async () => {
    const current = stateRef.current;
    if (current.status !== 'ready' || !current.cursor || current.loadingMore) return;
    const mine = generation.current;
    setState({ ...current, loadingMore: true, moreError: null });
    const reply = await loadRef.current(current.cursor);
    if (mine !== generation.current) return;
    setState((latest) =>
      reply.ok
        ? { ...latest, loadingMore: false, items: [...latest.items, ...reply.data.items], cursor: reply.data.nextCursor }
        : { ...latest, loadingMore: false, moreError: reply.error.message },
    );
  }, []);

  useEffect(() => {
    void reload();
    return () => {
      generation.current += 1;
    };
  }, [reload, key]);

  return {
    status: state.status,
    items: state.items,
    error: state.error,
    hasMore: state.cursor !== null,
    loadingMore: state.loadingMore,
    moreError: state.moreError,
    reload,
    loadMore,
  };
}
