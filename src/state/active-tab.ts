import type { TabKey } from '../navigation/tabs';
import { createStore } from './store';

/** Which tab page is showing; each tab page sets it when shown. */
export const activeTabStore = createStore<TabKey>('home');
