import Taro from '@tarojs/taro';
import { createStore } from './store';

const KEY = 'gh.elderMode';

function readStored(): boolean {
  try {
    return Taro.getStorageSync(KEY) === true;
  } catch {
    return false;
  }
}

/** Read from local storage at start, so large type shows before the profile arrives. */
export const elderModeStore = createStore<boolean>(readStored());

export function applyElderMode(on: boolean): void {
  elderModeStore.set(on);
  try {
    Taro.setStorageSync(KEY, on);
  } catch {
    // Storage full or unavailable: the mode still applies for this session.
  }
}
