import { useCallback, useEffect, useRef, useState } from 'react';
import type { Reply, ReplyError } from '@contract/reply';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: ReplyError };

/** Runs a service call on mount (and on reload) and tracks its loading / data / error state. */
export function useReply<T>(load: () => Promise<Reply<T>>): [Loadable<T>, () => void] {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState({ status: 'loading' });
    void loadRef.current().then((reply) => {
      if (mine !== generation.current) return;
      setState(reply.ok ? { status: 'ready', data: reply.data } : { status: 'error', error: reply.error });
    });
  }, []);

  useEffect(() => {
    reload();
    return () => {
      generation.current += 1;
    };
  }, [reload]);

  return [state, reload];
}
