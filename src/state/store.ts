type Listener = () => void;

export interface Store<S> {
  get(): S;
  set(next: S): void;
  subscribe(listener: Listener): () => void;
}

/**
 * A tiny observable value. Module-level stores (not React context) because the weapp custom tab bar
 * renders in its own React root and must still see the session.
 */
export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(next) {
      if (Object.is(next, state)) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
