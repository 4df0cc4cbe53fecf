import { useCallback, useEffect, useRef, useState } from 'react';
import type { Reply, ReplyError } from '@contract/reply';

export type LoadedItem<T> = { status: 'loading' } | { status: 'ready'; item: T } | { status: 'error'; error: ReplyError };

/**
 * One item read by a detail page, reloaded in place after every step so the page always shows the server's
 * state: a reload that fails keeps what is shown, an answer that a newer reload overtook is dropped.
 */
export function useReloadableItem<T>(read: () => Promise<Reply<T>>): [LoadedItem<T>, () => Promise<void>] {
  const [state, setState] = useState<LoadedItem<T>>({ status: 'loading' });
  const generation = useRef(0);
  const load = useCallback(async () => {
    const mine = ++generation.current;
    setState((current) => (current.status === 'error' ? { status: 'loading' } : current));
    const reply = await read();
    if (mine !== generation.current) return;
    setState((current) =>
      reply.ok
        ? { status: 'ready', item: reply.data }
        : current.status === 'ready'
          ? current
          : { status: 'error', error: reply.error },
    );
  }, [read]);
  useEffect(() => {
    void load();
  }, [load]);
  return [state, load];
}
