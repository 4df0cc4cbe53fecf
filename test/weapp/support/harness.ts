import { existsSync } from 'node:fs';
import * as path from 'node:path';
import simulate from 'miniprogram-simulate';

export const WEAPP = path.resolve(__dirname, '..', '..', '..', 'dist', 'weapp');

type Handler = (data: Record<string, unknown>) => unknown;
type Options = Record<string, unknown>;
type ComponentDefinition = Record<string, unknown>;

export const cloudCalls: { name: string; data: Record<string, unknown> }[] = [];
/** The pages the app asked to open (`wx.navigateTo` / `wx.redirectTo`), in order. */
export const navigations: { method: string; url: string }[] = [];
const handlers = new Map<string, Handler>();

/** What the fake 2d contexts were asked to draw: each call's method and arguments, by canvas id. */
export const drawings = new Map<string, Array<{ method: string; args: unknown[] }>>();
/** Files the app downloaded (`wx.downloadFile`) and opened (`wx.openDocument`), in order. */
export const files: { method: string; value: string }[] = [];

/**
 * A 2d context that records every call, as a device's canvas would draw it: enough for a chart library to lay out
 * (measureText answers a width per character) and for a test to see what was drawn.
 */
function recordingContext(id: string, canvas: unknown): CanvasRenderingContext2D {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  drawings.set(id, calls);
  const state: Record<string | symbol, unknown> = { canvas };
  return new Proxy(state, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (prop === 'measureText') return (text: string) => ({ width: String(text).length * 7 });
      if (prop === 'createLinearGradient' || prop === 'createRadialGradient') return () => ({ addColorStop: () => undefined });
      if (prop === 'getLineDash') return () => [];
      if (prop === 'getImageData' || prop === 'createImageData') return () => ({ data: new Uint8ClampedArray(4), width: 1, height: 1 });
      return (...args: unknown[]) => void calls.push({ method: String(prop), args });
    },
    set(target, prop, value) {
      target[prop] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

/** `wx.createSelectorQuery()` for what the app asks of it: a canvas node (and a rect nobody reads). */
function selectorQuery() {
  let selected = '';
  const query = {
    select(selector: string) {
      selected = selector.replace(/^#/, '');
      return query;
    },
    in: () => query,
    boundingClientRect: () => query,
    fields: () => query,
    exec(done?: (results: unknown[]) => void) {
      const id = selected;
      let context: CanvasRenderingContext2D | null = null;
      const node: Record<string, unknown> = { width: 0, height: 0 };
      node.getContext = () => (context ??= recordingContext(id, node));
      done?.([{ node, width: 343, height: 220 }]);
    },
  };
  return query;
}

/** Canned Replies for `wx.cloud.callFunction`, keyed by `<function>.<action>`. */
export function onCloud(key: string, handler: Handler): void {
  handlers.set(key, handler);
}

function storage() {
  const items = new Map<string, unknown>();
  return {
    getStorageSync: (key: string) => (items.has(key) ? items.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void items.set(key, value),
    removeStorageSync: (key: string) => void items.delete(key),
  };
}

function callback(options: Options | undefined, result: unknown) {
  const success = options?.success as ((res: unknown) => void) | undefined;
  const complete = options?.complete as ((res: unknown) => void) | undefined;
  success?.(result);
  complete?.(result);
  return Promise.resolve(result);
}

/** The `wx` APIs the Taro runtime and the app touch, with `wx.cloud` answering canned Replies. */
function installWx(): void {
  const target = globalThis as Record<string, unknown>;
  const existing = (target.wx ?? {}) as Record<string, unknown>;
  const noop = (options?: Options) => callback(options, { errMsg: 'ok' });
  target.wx = {
    ...existing,
    ...storage(),
    getSystemInfoSync: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2, platform: 'devtools', SDKVersion: '3.3.4' }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
    getAppBaseInfo: () => ({ SDKVersion: '3.3.4' }),
    canIUse: () => true,
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    showToast: noop,
    hideToast: noop,
    showLoading: noop,
    hideLoading: noop,
    navigateTo: (options?: Options) => {
      navigations.push({ method: 'navigateTo', url: String(options?.url ?? '') });
      return noop(options);
    },
    navigateBack: noop,
    switchTab: noop,
    redirectTo: (options?: Options) => {
      navigations.push({ method: 'redirectTo', url: String(options?.url ?? '') });
      return noop(options);
    },
    reLaunch: noop,
    getStorageInfoSync: () => ({ keys: [] }),
    createSelectorQuery: selectorQuery,
    createOffscreenCanvas: () => {
      const canvas: Record<string, unknown> = { width: 1, height: 1 };
      let context: CanvasRenderingContext2D | null = null;
      canvas.getContext = () => (context ??= recordingContext('offscreen', canvas));
      return canvas;
    },
    downloadFile: (options?: Options) => {
      files.push({ method: 'downloadFile', value: String(options?.url ?? '') });
      return callback(options, { statusCode: 200, tempFilePath: 'wxfile://tmp/ledger.xlsx', errMsg: 'downloadFile:ok' });
    },
    openDocument: (options?: Options) => {
      files.push({ method: 'openDocument', value: `${String(options?.filePath ?? '')} ${String(options?.fileType ?? '')}` });
      return callback(options, { errMsg: 'openDocument:ok' });
    },
    cloud: {
      init: () => undefined,
      callFunction: async (options: { name: string; data: Record<string, unknown> }) => {
        cloudCalls.push({ name: options.name, data: options.data });
        const handler = handlers.get(`${options.name}.${String(options.data.action)}`);
        if (!handler) throw new Error(`no canned reply for ${options.name}.${String(options.data.action)}`);
        return { result: handler(options.data), errMsg: 'cloud.callFunction:ok' };
      },
      getTempFileURL: async (options: { fileList: string[] }) => ({
        fileList: options.fileList.map((fileID) => ({ fileID, tempFileURL: `https://files.invalid/${encodeURIComponent(fileID)}` })),
        errMsg: 'cloud.getTempFileURL:ok',
      }),
    },
  };
}

let appInstance: Record<string, unknown> | null = null;
const pages: Record<string, unknown>[] = [];
/** The query the next mounted page is opened with (its onLoad options), e.g. `{ id: 'w-1' }`. */
let nextQuery: Record<string, string> = {};

/** Page(...) → Component(...): the page's methods under `methods`, page lifecycles from component ones. */
function pageAsComponent(options: ComponentDefinition): void {
  const methods: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value;
  const Component = (globalThis as Record<string, unknown>).Component as (definition: ComponentDefinition) => void;
  Component({
    data: options.data ?? {},
    methods,
    lifetimes: {
      attached(this: Record<string, (...args: unknown[]) => void> & { route?: string }) {
        pages.push(this);
        this.onLoad?.(nextQuery);
        this.onShow?.();
      },
      ready(this: Record<string, () => void>) {
        this.onReady?.();
      },
      detached(this: Record<string, () => void>) {
        this.onUnload?.();
      },
    },
  });
}

function getApp(): Record<string, unknown> {
  if (!appInstance) throw new Error('app.js did not call App()');
  return appInstance;
}

/** Loads app.js once (its App() captured and launched), as the WeChat runtime would. */
export function bootApp(): void {
  if (!existsSync(path.join(WEAPP, 'app.js'))) throw new Error('dist/weapp is missing: run `npm run build:weapp` first');
  if (appInstance) return;
  installWx();
  const target = globalThis as Record<string, unknown>;
  target.App = (config: Record<string, unknown>) => {
    appInstance = config;
  };
  target.getApp = getApp;
  target.getCurrentPages = () => pages;
  target.Page = pageAsComponent;
  // Taro names built-in behaviours ('wx://…') that j-component does not know; it also needs an array.
  const simulated = target.Component as (definition: ComponentDefinition) => void;
  target.Component = (definition: ComponentDefinition) => {
    const behaviors = Array.isArray(definition.behaviors) ? definition.behaviors : [];
    simulated({ ...definition, behaviors: behaviors.filter((behavior) => typeof behavior !== 'string') });
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(WEAPP, 'app.js'));
  const app = getApp();
  const launchOptions = { path: 'pages/home/index', query: {} };
  (app.onLaunch as (options: Options) => void).call(app, launchOptions);
  (app.onShow as (options: Options) => void).call(app, launchOptions);
}

export interface Mounted {
  root: ReturnType<typeof simulate.render>;
  text(): string;
}

const loaded = new Map<string, string>();

/** Renders a page or component of the built output, e.g. `pages/mine/index`. */
export function mount(route: string, query: Record<string, string> = {}): Mounted {
  nextQuery = query;
  // A page's webpack chunk runs (and calls Page) only once per module registry: load once, render many.
  let id = loaded.get(route);
  if (!id) {
    id = simulate.load(path.join(WEAPP, route), { rootPath: WEAPP }) as string;
    loaded.set(route, id);
  }
  const root = simulate.render(id);
  const parent = document.createElement('div');
  document.body.appendChild(parent);
  root.attach(parent);
  return { root, text: () => parent.textContent ?? '' };
}

export async function waitForText(mounted: Mounted, text: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!mounted.text().includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" never appeared; page shows: ${mounted.text().slice(0, 300)}`);
    await simulate.sleep(20);
  }
}

/** Taps the `selector` node whose text is exactly `text`, as a finger would; fails naming what the page shows. */
export function tapText(page: Mounted, selector: string, text: string): void {
  const found = page.root.querySelectorAll(selector).find((node) => (node.dom?.textContent ?? '').trim() === text);
  if (!found) throw new Error(`no ${selector} "${text}" in: ${page.text().slice(0, 300)}`);
  found.dispatchEvent('tap');
}
