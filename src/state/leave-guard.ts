import { createStore } from './store';

/** What 返回 must ask before leaving the page on screen; null: leave at once. */
export const leaveGuardStore = createStore<{ message: string } | null>(null);
