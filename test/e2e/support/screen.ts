import type { Locator, Page } from 'playwright-core';
import { shot as rawShot, type TestApp } from './app';

/** A screenshot once the page-slide animation has finished and the page is scrolled to its top. */
export async function shot(page: Page, name: string, keepScroll = false): Promise<void> {
  await page.waitForTimeout(350);
  if (!keepScroll) await page.evaluate(() => window.scrollTo(0, 0));
  await rawShot(page, name);
}

/**
 * Types into a counted field and waits until the form has taken the text (its counter shows the
 * length). A fill within milliseconds of the form appearing, before React has settled, can be lost —
 * faster than any person types — so it is typed again.
 */
export async function typeInto(scope: Page | Locator, selector: string, text: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const field = scope.locator('.gh-field:visible', { has: page.locator(selector) });
  const counted = field.locator('.gh-field__count', { hasText: new RegExp(`^${Array.from(text.trim()).length}/`) });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await field.locator(selector).fill(text);
    try {
      await counted.waitFor({ timeout: 2000 });
      return;
    } catch {
      // Not taken yet (the page was still mounting): type it again.
    }
  }
  await counted.waitFor();
}

/** Opens a tab from a tab page, once page transitions have settled (exactly one tab bar on screen). */
export async function openTab(page: Page, label: string): Promise<void> {
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.gh-tabbar')).filter((bar) => bar.getClientRects().length > 0).length === 1,
  );
  await page.locator('.gh-tabbar__item:visible', { hasText: label }).click();
}

/** The h5 identity picker on 我的, as a tester would use it (the app reopened on 我的 first). */
export async function switchTo(app: TestApp, page: Page, openid: string, name: string): Promise<void> {
  await page.goto(`${app.cloud.url}/#/pages/mine/index`);
  await page.reload();
  await page.locator('.nut-cell:visible', { hasText: '切换演示身份' }).click();
  await page.locator('.nut-cell:visible', { hasText: `${openid} ·` }).click();
  await page.locator('.gh-home__greeting:visible', { hasText: name }).waitFor();
}
