/**
 * A small stand-in for @tarojs/taro in jsdom: storage on localStorage, toasts drawn into the DOM
 * (so tests read them like a user would), navigation recorded, page hooks run on mount.
 */
import { useEffect } from 'react';

export const navigation: { method: string; url?: string }[] = [];
let routerParams: Record<string, string> = {};

/** Every Taro.pageScrollTo a page asked for, in order. */
export const scrolls: { selector?: string; scrollTop?: number }[] = [];

/** A picked file the browser describes: its MIME type and name (h5's tempFiles). */
export interface PickedFile {
  path: string;
  mime: string;
  name: string;
}

/** What the next Taro.chooseImage answers (the files "picked" on the phone): paths, or described files. */
export const photoLibrary: { next: (string | PickedFile)[] } = { next: [] };

/** Page events a test can fire, as the platform would: pull-down refresh, reaching the bottom. */
const pageEvents = new Map<string, Set<() => void>>();

export function firePageEvent(name: 'pullDownRefresh' | 'reachBottom'): void {
  pageEvents.get(name)?.forEach((handler) => handler());
}

function pageEventHook(name: string) {
  return function usePageEvent(handler: () => void): void {
    useEffect(() => {
      const handlers = pageEvents.get(name) ?? new Set<() => void>();
      pageEvents.set(name, handlers);
      handlers.add(handler);
      return () => {
        handlers.delete(handler);
      };
    });
  };
}

export const usePullDownRefresh = pageEventHook('pullDownRefresh');
export const useReachBottom = pageEventHook('reachBottom');

export function setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}

export function resetTaro(): void {
  navigation.length = 0;
  scrolls.length = 0;
  routerParams = {};
  photoLibrary.next = [];
  pageEvents.clear();
  document.querySelectorAll('[data-testid="toast"]').forEach((node) => node.remove());
  window.localStorage.clear();
}

function showToast(options: { title: string; icon?: string }): Promise<void> {
  const node = document.createElement('div');
  node.setAttribute('data-testid', 'toast');
  node.setAttribute('role', 'status');
  node.textContent = options.title;
  document.body.appendChild(node);
  return Promise.resolve();
}

function getStorageSync(key: string): unknown {
  const raw = window.localStorage.getItem(key);
  return raw === null ? '' : JSON.parse(raw);
}

function setStorageSync(key: string, value: unknown): void {
  window.localStorage.setItem(key, JSON.stringify(value));
}

function removeStorageSync(key: string): void {
  window.localStorage.removeItem(key);
}

function recorder(method: string) {
  return (options: { url?: string } = {}) => {
    navigation.push({ method, url: options.url });
    return Promise.resolve();
  };
}

export function useDidShow(effect: () => void): void {
  useEffect(effect, []); // eslint-disable-line react-hooks/exhaustive-deps
}

export const useLaunch = useDidShow;
export const useLoad = useDidShow;
export const useReady = useDidShow;

export function useRouter() {
  return { params: routerParams, path: '' };
}

export const ENV_TYPE = { WEB: 'WEB', WEAPP: 'WEAPP' };

const Taro = {
  ENV_TYPE,
  getEnv: () => 'WEB',
  showToast,
  hideToast: () => Promise.resolve(),
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  navigateTo: recorder('navigateTo'),
  redirectTo: recorder('redirectTo'),
  switchTab: recorder('switchTab'),
  reLaunch: recorder('reLaunch'),
  navigateBack: recorder('navigateBack'),
  getCurrentPages: () => [{}, {}],
  stopPullDownRefresh: () => Promise.resolve(),
  chooseImage: () => {
    const picked = photoLibrary.next;
    if (!picked.length) return Promise.reject(new Error('cancel'));
    const described = picked.map((file) =>
      typeof file === 'string'
        ? { path: file, size: 1 }
        : { path: file.path, size: 1, type: file.mime, originalFileObj: new File(['x'], file.name, { type: file.mime }) },
    );
    return Promise.resolve({ tempFilePaths: described.map((file) => file.path), tempFiles: described });
  },
  previewImage: () => Promise.resolve(),
  pageScrollTo: (options: { selector?: string; scrollTop?: number }) => {
    scrolls.push(options);
    return Promise.resolve();
  },
  makePhoneCall: (options: { phoneNumber: string }) => {
    navigation.push({ method: 'makePhoneCall', url: `tel:${options.phoneNumber}` });
    return Promise.resolve();
  },
  pxTransform: (size: number) => `${size}px`,
  getSystemInfoSync: () => ({ windowWidth: 375, windowHeight: 740, pixelRatio: 2, platform: 'devtools' }),
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  useDidShow,
  useLaunch,
  useLoad,
  useReady,
  useRouter,
  usePullDownRefresh,
  useReachBottom,
};

export const { getEnv, getStorageSync: getStorage, navigateTo, switchTab } = Taro;
export default Taro;
