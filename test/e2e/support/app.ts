import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { LocalCloud } from '../../../emulator';
import { startThrowawayCloud } from '../../../emulator/testing';
import { demoSeed } from '../../../emulator/seed';
import type { DemoOptions } from '../../../emulator/seed';
import { asDeployed } from '../../../emulator/seed/deployed';
import { launchBrowser, type Browser } from './browser';

const root = path.resolve(__dirname, '..', '..', '..');
export const H5_DIR = path.join(root, 'dist', 'h5');
export const ARTIFACTS = path.join(root, 'test-artifacts', 'e2e');

export interface TestApp {
  cloud: LocalCloud;
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

/** The built h5 app served by a fresh local cloud (demo data in a temp dir) and one browser page. */
export async function startApp(demo: DemoOptions = {}): Promise<TestApp> {
  if (!existsSync(path.join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first');
  if (!existsSync(path.join(root, 'cloudfunctions', 'users', 'index.js'))) {
    throw new Error('cloud functions are not built: run `npm run build:functions` first');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const cloud = await startThrowawayCloud({ ...asDeployed(demoSeed(new Date(), demo)), staticDir: H5_DIR });
  const browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return {
    cloud,
    browser,
    page,
    async stop() {
      await browser.close();
      await cloud.stop();
    },
  };
}

/** Opens a route of the app acting as `openid` (what the identity picker stores). */
export async function openAs(app: TestApp, openid: string, route = '/pages/home/index'): Promise<void> {
  await app.page.goto(`${app.cloud.url}/`);
  await app.page.evaluate((id) => {
    window.localStorage.clear();
    window.localStorage.setItem('gh.devOpenid', id);
  }, openid);
  await app.page.goto(`${app.cloud.url}/#${route}`);
  await app.page.reload();
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** The visible tab bar's labels (h5 keeps earlier tab pages in the DOM, hidden). */
export async function tabLabels(page: Page): Promise<string[]> {
  // Wait for page transitions to settle: exactly one tab bar on screen.
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.gh-tabbar')).filter((bar) => bar.getClientRects().length > 0).length === 1,
  );
  const tabs = page.locator('.gh-tabbar__text:visible');
  return (await tabs.allTextContents()).map((text) => text.trim());
}
