import type { Locator, Page } from 'playwright-core';
import { openAs, shot as rawShot, type TestApp } from './app';

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

/** What is wider than the viewport on screen now. */
async function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > window.innerWidth + 0.5) wide.push(`${String(element.className)} "${(element.textContent ?? '').trim().slice(0, 24)}"`);
    }
    return wide;
  });
}

/** Tap targets on screen lower than a finger needs in 长辈模式 (48 px). */
async function lowTargets(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) =>
    Array.from(document.querySelectorAll(css))
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height < 48)
      .map(({ element, rect }) => `${(element.textContent ?? '').trim()} ${Math.round(rect.width)}×${Math.round(rect.height)}`), selector);
}

/** A screenshot kept, nothing wider than the screen, and every `targets` element tall enough to tap. */
export async function checkSmallScreen(page: Page, name: string, targets: string): Promise<void> {
  await shot(page, name);
  expect({ screen: name, wide: await tooWide(page) }).toEqual({ screen: name, wide: [] });
  expect({ screen: name, low: await lowTargets(page, targets) }).toEqual({ screen: name, low: [] });
}

/** A 320 px wide screen, acting as `openid` (whose name the profile shows) with 长辈模式 on. */
export async function elderAt320(app: TestApp, openid: string, name: string): Promise<void> {
  const { page } = app;
  await page.setViewportSize({ width: 320, height: 568 });
  await openAs(app, openid, '/pages/mine/index');
  await page.locator('.gh-profile__name:visible', { hasText: name }).waitFor();
  if ((await page.locator('.gh-elder:visible').getAttribute('aria-checked')) !== 'true') {
    await page.locator('.gh-elder__hint:visible').click();
  }
  await page.locator('.gh-page--elder:visible').first().waitFor();
}
