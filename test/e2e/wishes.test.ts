import type { Page } from 'playwright-core';
import { openAs, shot as rawShot, startApp, type TestApp } from './support/app';
import { samplePhoto } from './support/png';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

/** A screenshot once the page-slide animation has finished and the page is scrolled to its top. */
async function shot(page: Page, name: string, keepScroll = false) {
  await page.waitForTimeout(350);
  if (!keepScroll) await page.evaluate(() => window.scrollTo(0, 0));
  await rawShot(page, name);
}

const TITLE = '楼道灯坏了，想请人帮忙换个灯泡';

const visibleButton = (page: Page, text: string) => page.locator('.nut-button:visible', { hasText: text });

/** Opens a tab from a tab page, once page transitions have settled (exactly one tab bar on screen). */
/**
 * Types into a counted field and waits until the form has taken the text (its counter shows the
 * length). A fill within milliseconds of the form appearing, before React has settled, can be lost —
 * faster than any person types — so it is typed again.
 */
async function typeInto(page: Page, selector: string, text: string) {
  const field = page.locator('.gh-field:visible', { has: page.locator(selector) });
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

async function openTab(page: Page, label: string) {
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.gh-tabbar')).filter((bar) => bar.getClientRects().length > 0).length === 1,
  );
  await page.locator('.gh-tabbar__item:visible', { hasText: label }).click();
}

/** The h5 identity picker on 我的, as a tester would use it (the app reopened on 我的 first). */
async function switchTo(page: Page, openid: string, name: string) {
  await page.goto(`${app.cloud.url}/#/pages/mine/index`);
  await page.reload();
  await page.locator('.nut-cell:visible', { hasText: '切换演示身份' }).click();
  await page.locator('.nut-cell:visible', { hasText: `${openid} ·` }).click();
  await page.locator('.gh-home__greeting:visible', { hasText: name }).waitFor();
}

async function choose(page: Page, label: string, option: string) {
  await page.locator(`[aria-label="选择${label}"]:visible`).click();
  const sheet = page.locator('.gh-sheet:visible');
  await sheet.locator('.gh-sheet__option', { hasText: option }).first().click();
  await sheet.waitFor({ state: 'detached' });
}

async function points(page: Page): Promise<string> {
  await openTab(page, '我的');
  const value = page.locator('.gh-profile__points-value:visible');
  await value.waitFor();
  return ((await value.textContent()) ?? '').trim();
}

describe('a micro-wish from filing to points, in the browser', () => {
  it('is filed by a resident, approved, claimed, fulfilled, confirmed, and credits the volunteer', async () => {
    const { page } = app;

    // The volunteer starts with 10 points.
    await openAs(app, 'demo-volunteer-2', '/pages/mine/index');
    expect(await points(page)).toBe('10');

    // 1. The resident files a wish with a photo.
    await switchTo(page, 'demo-resident', '王秀英');
    await openTab(page, '心愿');
    await visibleButton(page, '我要许愿').click();
    await page.getByText('说出您的小心愿').waitFor();
    await page.locator('input[name="title"]').fill(TITLE);
    await typeInto(page, 'textarea[name="story"]', '我住三楼，楼道的灯坏了好几天，晚上上下楼看不清，年纪大了够不着，想请人帮忙换个灯泡。');
    await choose(page, '心愿类别', '维修');
    await choose(page, '受助对象', '高龄老人');
    await choose(page, '希望完成时间（选填）', '一周内');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[aria-label="添加照片"]:visible').click()]);
    await chooser.setFiles({ name: 'corridor.png', mimeType: 'image/png', buffer: samplePhoto() });
    await page.locator('.gh-photos__tile img:visible').first().waitFor();
    await page.locator('.gh-photos__state:visible').waitFor({ state: 'detached' });
    await shot(page, 'wish-1-form', true);
    await visibleButton(page, '提交心愿').click();

    await page.locator('.gh-wish-detail__status:visible', { hasText: '待审核' }).waitFor();
    await page.locator('.gh-wish-detail__title:visible', { hasText: TITLE }).waitFor();
    await page.locator('.gh-photos--view img:visible').first().waitFor();
    // One's own wish: one's own name once (in the summary), one's own number without 点击拨打.
    expect(await page.locator('.gh-wish-detail__fact:visible', { hasText: '王秀英（本人）' }).count()).toBe(1);
    const own = (await page.locator('.gh-wish-detail__private:visible').textContent()) ?? '';
    expect(own).toContain('13800000001');
    expect(own).not.toContain('王秀英');
    expect(own).not.toContain('点击拨打');
    await shot(page, 'wish-2-filed');

    // 2. The community admin approves it in 管理.
    await switchTo(page, 'demo-admin', '陈静');
    await openTab(page, '管理');
    const queued = page.locator('.gh-wish-review:visible', { hasText: TITLE });
    await queued.waitFor();
    await shot(page, 'wish-3-review');
    await queued.locator('.nut-button', { hasText: '审核通过' }).click();
    await queued.waitFor({ state: 'detached' });

    // 3. The resident hears of it: a badge on 我的, the message in 消息.
    await switchTo(page, 'demo-resident', '王秀英');
    await openTab(page, '我的');
    const badge = page.locator('.gh-mine__badge:visible');
    await badge.waitFor();
    expect((await badge.textContent())?.trim()).toBe('1');
    expect(await page.locator('.gh-tabbar__dot:visible').count()).toBe(1);
    await shot(page, 'wish-4-unread');
    await page.locator('.nut-cell:visible', { hasText: '消息' }).click();
    await page.locator('.gh-inbox__item:visible', { hasText: '您的心愿已通过审核' }).filter({ hasText: TITLE }).waitFor();
    await shot(page, 'wish-5-inbox');

    // 4. Another volunteer finds it on the wall and claims it.
    await switchTo(page, 'demo-volunteer-2', '孙丽');
    await openTab(page, '心愿');
    await page.locator('.gh-chip:visible', { hasText: '维修' }).click();
    const card = page.locator('.gh-wish-card:visible', { hasText: TITLE });
    await card.waitFor();
    await shot(page, 'wish-6-wall');
    await card.click();
    await visibleButton(page, '认领心愿').click();
    await page.locator('.gh-wish-detail__notice:visible', { hasText: '认领成功' }).waitFor();
    await page.locator('.gh-wish-detail__status:visible', { hasText: '已认领' }).waitFor();
    expect(await page.locator('.gh-wish-detail__private:visible').textContent()).toContain('王秀英');
    await shot(page, 'wish-7-claimed');

    // 5. … fulfils it with a note.
    await visibleButton(page, '完成心愿').click();
    await typeInto(page, 'textarea[name="note"]', '已经换上了新的节能灯泡，楼道亮堂了。');
    await visibleButton(page, '提交完成情况').click();
    await page.locator('.gh-wish-detail__status:visible', { hasText: '待确认' }).waitFor();
    await shot(page, 'wish-8-fulfilled');

    // 6. The resident confirms, with thanks.
    await switchTo(page, 'demo-resident', '王秀英');
    await openTab(page, '我的');
    await page.locator('.nut-cell:visible', { hasText: '我的心愿' }).click();
    await page.locator('.gh-wish-card:visible', { hasText: TITLE }).filter({ hasText: '待确认' }).click();
    await typeInto(page, 'textarea[name="thanks"]', '谢谢孙丽，晚上再也不怕摸黑上楼了！');
    await visibleButton(page, '确认完成').click();
    await page.locator('.gh-wish-detail__notice:visible', { hasText: '+10积分已发放给志愿者' }).waitFor();
    await page.locator('.gh-wish-detail__status:visible', { hasText: '已圆梦' }).waitFor();
    await shot(page, 'wish-9-confirmed');

    // 7. The volunteer's points went from 10 to 20.
    await switchTo(page, 'demo-volunteer-2', '孙丽');
    expect(await points(page)).toBe('20');
    await shot(page, 'wish-10-points');
  });
});
