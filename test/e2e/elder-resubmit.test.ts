import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openAs, startApp, type TestApp } from './support/app';

/** The smallest phone a resident may still use, in 长辈模式: nothing may be wider than it. */
const SMALL_PHONE = { width: 320, height: 568 };
const SHOTS = path.join(ARTIFACTS, 'elder-320');

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
  mkdirSync(SHOTS, { recursive: true });
  await app.page.setViewportSize(SMALL_PHONE);
});

afterAll(async () => {
  await app?.stop();
});

const TITLE = '想配一副老花镜看报纸';
const CHANGED_TITLE = '想配一副300度老花镜';
const REASON = '请写明大概的度数，修改后重新提交';

const visibleButton = (page: Page, text: string) => page.locator('.nut-button:visible', { hasText: text });

/** What is wider than the viewport on screen now: elements whose right edge passes it, and the page's own width. */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const wide: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > innerWidth + 0.5) {
        const name = `${element.tagName.toLowerCase()}.${String(element.className).trim().split(/\s+/).join('.')}`;
        wide.push(`${name} right=${Math.round(rect.right)} "${(element.textContent ?? '').trim().slice(0, 24)}"`);
      }
    }
    const scrollWidth = document.scrollingElement ? document.scrollingElement.scrollWidth : document.body.scrollWidth;
    return { scrollWidth, innerWidth, wide };
  });
}

/** Texts that must sit on one line (a number, a building, a tab title): how many lines each takes now. */
async function brokenTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) => {
    const broken: string[] = [];
    for (const element of Array.from(document.querySelectorAll(css))) {
      if (element.getClientRects().length === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(element);
      const tops = new Set(Array.from(range.getClientRects()).filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (tops.size > 1) broken.push((element.textContent ?? '').trim());
    }
    return broken;
  }, selector);
}

/**
 * A screenshot kept as a test artifact, once the page-slide animation has finished, and the checks that
 * hold on every screen at 320 px in 长辈模式: nothing wider than the viewport, nothing kept whole broken.
 */
async function shotAndCheck(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const found = await overflow(page);
  expect({ screen: name, wide: found.wide }).toEqual({ screen: name, wide: [] });
  expect(found.scrollWidth).toBeLessThanOrEqual(found.innerWidth);
  expect(await brokenTexts(page, '.gh-wish-detail__keep, .gh-profile__place-part, .gh-home__keep, .gh-admin-wish__fact, .gh-segmented__title, .gh-chip, .gh-status')).toEqual([]);
  expect(await page.locator('.gh-page--elder:visible').count()).toBeGreaterThan(0);
}

async function openTab(page: Page, label: string) {
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.gh-tabbar')).filter((bar) => bar.getClientRects().length > 0).length === 1,
  );
  await page.locator('.gh-tabbar__item:visible', { hasText: label }).click();
}

/** Acts as someone else, on 我的, and turns 长辈模式 on there by tapping the row (not the small knob). */
async function asElder(page: Page, openid: string, name: string) {
  await openAs(app, openid, '/pages/mine/index');
  await page.locator('.gh-profile__name:visible', { hasText: name }).waitFor();
  const row = page.locator('.gh-elder:visible');
  const box = await row.boundingBox();
  if (!box) throw new Error('no 长辈模式 row');
  expect(box.height).toBeGreaterThanOrEqual(48);
  if ((await row.getAttribute('aria-checked')) !== 'true') {
    await page.locator('.gh-elder__hint:visible').click();
    await page.locator('.gh-page--elder:visible').first().waitFor();
  }
  await page.locator('.gh-elder[aria-checked="true"]:visible').waitFor();
}

/** Every chip and the 长辈模式 row can be hit with a finger: at least 48 × 48 px in 长辈模式. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.gh-chip, .gh-elder'))
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 48 || rect.height < 48)
      .map(({ element, rect }) => `${(element.textContent ?? '').trim()} ${Math.round(rect.width)}×${Math.round(rect.height)}`),
  );
}

async function choose(page: Page, label: string, option: string) {
  await page.locator(`[aria-label="选择${label}"]:visible`).click();
  const sheet = page.locator('.gh-sheet:visible');
  await sheet.locator('.gh-sheet__option', { hasText: option }).first().click();
  await sheet.waitFor({ state: 'detached' });
}

describe('长辈模式 at 320×568: file, reject, resubmit, approve', () => {
  it('keeps every screen within the phone and brings a rejected wish back through review', async () => {
    const { page } = app;

    // 1. The resident turns on 长辈模式 and files a wish.
    await asElder(page, 'demo-resident', '王秀英');
    await shotAndCheck(page, '01-mine-elder');
    expect(await smallTargets(page)).toEqual([]);
    await openTab(page, '心愿');
    await visibleButton(page, '我要许愿').click();
    await page.locator('input[name="title"]:visible').waitFor();
    await page.locator('input[name="title"]:visible').fill(TITLE);
    await page.locator('textarea[name="story"]:visible').fill('我七十多岁了，一个人住，眼睛花了看不清报纸，想请人陪我去配一副老花镜。');
    await choose(page, '心愿类别', '生活物资');
    await choose(page, '受助对象', '独居老人');
    await shotAndCheck(page, '02-form');
    await visibleButton(page, '提交心愿').click();
    await page.locator('.gh-wish-detail__status:visible', { hasText: '待审核' }).waitFor();
    // One's own wish: one's own name once, no call button to oneself; the phone and address whole.
    const own = (await page.locator('.gh-wish-detail__private:visible').textContent()) ?? '';
    expect(own).not.toContain('点击拨打');
    expect(await page.getByText('王秀英（本人）').count()).toBe(1);
    await shotAndCheck(page, '03-filed');

    // 2. The community admin rejects it with a reason, in 管理 (segmented tabs whole at 320 px).
    await asElder(page, 'demo-admin', '陈静');
    await openTab(page, '管理');
    const queued = page.locator('.gh-wish-review:visible', { hasText: TITLE });
    await queued.waitFor();
    await shotAndCheck(page, '04-review-queue');
    await queued.locator('.nut-button', { hasText: '驳回' }).click();
    await queued.locator('textarea[name="reason"]').fill(REASON);
    await queued.locator('.nut-button', { hasText: '确认驳回' }).click();
    await queued.waitFor({ state: 'detached' });
    await page.locator('.gh-segmented__item:visible', { hasText: '全部' }).click();
    await page.locator('.gh-admin-wish:visible', { hasText: TITLE }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
    await shotAndCheck(page, '05-all-wishes');

    // 3. The resident reads why, and resubmits it changed.
    await asElder(page, 'demo-resident', '王秀英');
    await openTab(page, '首页');
    const unread = page.locator('.gh-home__unread:visible', { hasText: '条新消息' });
    await unread.waitFor();
    await shotAndCheck(page, '06a-home-unread');
    await unread.click();
    await page.locator('.gh-inbox__item:visible', { hasText: '您的心愿未通过审核' }).filter({ hasText: TITLE }).click();
    await page.locator('.gh-wish-detail__reason:visible', { hasText: REASON }).waitFor();
    await shotAndCheck(page, '06-rejected');
    await visibleButton(page, '修改后重新提交').click();
    const title = page.locator('input[name="title"]:visible');
    await title.waitFor();
    await page.waitForFunction((expected) => {
      const input = Array.from(document.querySelectorAll<HTMLInputElement>('input[name="title"]')).find((item) => item.offsetParent);
      return input?.value === expected;
    }, TITLE);
    await shotAndCheck(page, '07-resubmit-form');
    await title.fill(CHANGED_TITLE);
    await visibleButton(page, '提交').last().click();
    await page.locator('.gh-wish-detail__status:visible', { hasText: '待审核' }).waitFor();
    await page.locator('.gh-wish-detail__title:visible', { hasText: CHANGED_TITLE }).waitFor();
    await shotAndCheck(page, '08-resubmitted');

    // 4. The admin approves it, and it is on the wall.
    await asElder(page, 'demo-admin', '陈静');
    await openTab(page, '管理');
    const again = page.locator('.gh-wish-review:visible', { hasText: CHANGED_TITLE });
    await again.waitFor();
    await again.locator('.nut-button', { hasText: '审核通过' }).click();
    await again.waitFor({ state: 'detached' });
    await shotAndCheck(page, '09-approved');

    await asElder(page, 'demo-resident', '王秀英');
    await openTab(page, '心愿');
    await page.locator('.gh-wish-card:visible', { hasText: CHANGED_TITLE }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
    await shotAndCheck(page, '10-wall');
    await page.locator('.gh-wish-card:visible', { hasText: CHANGED_TITLE }).click();
    await page.locator('.gh-wish-detail__status:visible', { hasText: '待认领' }).waitFor();
    await shotAndCheck(page, '11-published');
  });
});
