import { createStore } from './store';

export type ToastTone = 'success' | 'error' | 'info';

export interface ToastMessage {
  /** Grows with every toast: a host restarts its fade for a new message even when the text repeats. */
  id: number;
  tone: ToastTone;
  message: string;
}

/** The one toast on screen (null: none). A new one replaces it: one message per outcome. */
export const toastStore = createStore<ToastMessage | null>(null);

let mountedHosts = 0;

/** Pages draw the toast themselves (PageShell's ToastHost) so it takes the page's type size, 长辈模式 included. */
export function registerToastHost(): () => void {
  mountedHosts += 1;
  return () => {
    mountedHosts -= 1;
  };
}

export function hasToastHost(): boolean {
  return mountedHosts > 0;
}
