import type { Page } from 'playwright-core';
import { openAs, startApp, type TestApp } from './support/app';
import { openTab, shot, switchTo, typeInto } from './support/screen';
import { samplePhoto } from './support/png';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const TITLE = '楼道灯坏了，想请人帮忙换个灯泡';

const visibleButton = (page: Page, text: string) => page.locator('.nut-button:visible', { hasText: text });

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
    await switchTo(app, page, 'demo-resident', '王秀英');
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
    await switchTo(app, page, 'demo-admin', '陈静');
    await openTab(page, '管理');
    const queued = page.locator('.gh-wish-review:visible', { hasText: TITLE });
    await queued.waitFor();
    await shot(page, 'wish-3-review');
    await queued.locator('.nut-button', { hasText: '审核通过' }).click();
    await queued.waitFor({ state: 'detached' });

    // 3. The resident hears of it: a badge on 我的, the message in 消息.
    await switchTo(app, page, 'demo-resident', '王秀英');
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
    await switchTo(app, page, 'demo-volunteer-2', '孙丽');
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
    await switchTo(app, page, 'demo-resident', '王秀英');
    await openTab(page, '我的');
    await page.locator('.nut-cell:visible', { hasText: '我的心愿' }).click();
    await page.locator('.gh-wish-card:visible', { hasText: TITLE }).filter({ hasText: '待确认' }).click();
    await typeInto(page, 'textarea[name="thanks"]', '谢谢孙丽，晚上再也不怕摸黑上楼了！');
    await visibleButton(page, '确认完成').click();
    await page.locator('.gh-wish-detail__notice:visible', { hasText: '+10积分已发放给志愿者' }).waitFor();
    await page.locator('.gh-wish-detail__status:visible', { hasText: '已圆梦' }).waitFor();
    await shot(page, 'wish-9-confirmed');

    // 7. The volunteer's points went from 10 to 20.
    await switchTo(app, page, 'demo-volunteer-2', '孙丽');
    expect(await points(page)).toBe('20');
    await shot(page, 'wish-10-points');
  });
});
