import type { Locator, Page } from 'playwright-core';
import { openAs, startApp, type TestApp } from './support/app';
import { checkSmallScreen, elderAt320, openTab, shot, switchTo, typeInto } from './support/screen';
import { samplePhoto } from './support/png';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** One photo through the browser's file dialog, uploaded (its tile no longer says 上传中…). */
async function addPhoto(page: Page, scope: Locator | Page, name: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), scope.locator('[aria-label="添加照片"]:visible').click()]);
  await chooser.setFiles({ name, mimeType: 'image/png', buffer: samplePhoto() });
  await scope.locator('.gh-photos__tile img:visible').first().waitFor();
  await scope.locator('.gh-photos__state:visible').waitFor({ state: 'detached' });
}

const banner = (page: Page, status: string) => page.locator('.gh-complaint-banner__status:visible', { hasText: status });
const handling = (page: Page) => page.locator('.gh-handling:visible');
const handlingButton = (page: Page, label: string) => handling(page).locator('.nut-button', { hasText: new RegExp(`^${label}$`) });
const sheet = (page: Page, title: string) => page.locator(`.gh-sheet[aria-label="${title}"]:visible`);

/** 管理 → the entry's link to one queue tab → the case's card. */
async function openFromQueue(page: Page, tab: string, excerpt: string): Promise<Locator> {
  await openTab(page, '管理');
  await page.locator('.gh-entry__link:visible', { hasText: tab }).click();
  await page.locator('.gh-segmented__item--on:visible', { hasText: tab }).waitFor();
  const card = page.locator('.gh-queue-card:visible', { hasText: excerpt });
  await card.waitFor();
  return card;
}

async function callAs<T>(openid: string, data: Record<string, unknown>): Promise<T> {
  const reply = (await app.cloud.callFunction('complaints', data, openid)) as { ok: boolean; data?: T; error?: unknown };
  if (!reply.ok) throw new Error(`complaints.${String(data.action)} refused: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

describe('a 随手拍 from filing to closing, in the browser', () => {
  it('is filed by a resident with a photo, accepted and resolved with a photo by the grid worker, rated 5 and closed', async () => {
    const { page } = app;
    const TEXT = '1号楼3单元一楼楼道堆满了纸箱和旧家具，挡住了消防通道。';

    // 1. The resident files it from 办事 → 随手拍.
    await openAs(app, 'demo-resident', '/pages/services/index');
    await page.locator('[aria-label="随手拍，反映问题"]:visible').click();
    await page.getByText('随手拍，反映身边的问题').waitFor();
    await addPhoto(page, page, 'corridor.png');
    await page.locator('.gh-chip:visible', { hasText: '楼道堆物' }).click();
    await typeInto(page, 'textarea[name="text"]', TEXT);
    await shot(page, 'complaint-1-form', true);
    await page.locator('.nut-button:visible').filter({ hasText: /^提交$/ }).click();
    // Open cases of the same kind nearby are offered for 同问 first; this one is a different problem.
    const similar = page.locator('.gh-sheet[aria-label="附近已有相同问题"]:visible');
    await Promise.race([banner(page, '待签收').waitFor(), similar.waitFor()]);
    if (await similar.isVisible()) await similar.locator('.nut-button', { hasText: '不是同一个问题，仍要提交' }).click();
    await banner(page, '待签收').waitFor();
    await page.locator('.gh-photos--view img:visible').first().waitFor();
    const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id');
    expect(id).toBeTruthy();
    await shot(page, 'complaint-2-filed');

    // 2. The grid worker finds it in 待签收, with its countdown, and signs for it.
    await switchTo(app, page, 'demo-gridworker', '张新花');
    const card = await openFromQueue(page, '待签收', TEXT.slice(0, 12));
    expect(await card.locator('[role="timer"]').textContent()).toMatch(/^签收还剩/);
    expect(await card.textContent()).toContain('反映人：王秀英');
    await shot(page, 'complaint-3-queue');
    await card.click();
    await handlingButton(page, '签收').click();
    await banner(page, '办理中').waitFor();

    // 3. … and answers it with what was done and a photo.
    await handlingButton(page, '答复办结').click();
    const resolve = sheet(page, '答复办结');
    await typeInto(resolve, 'textarea[name="result"]', '已联系住户清走纸箱和旧家具，消防通道已畅通。');
    await addPhoto(page, resolve, 'cleared.png');
    await shot(page, 'complaint-4-resolve', true);
    await resolve.locator('.nut-button', { hasText: '提交办理结果' }).click();
    await resolve.waitFor({ state: 'detached' });
    await banner(page, '待评价').waitFor();
    await shot(page, 'complaint-5-resolved');

    // 4. The resident sees the result and rates it 5: closed.
    await switchTo(app, page, 'demo-resident', '王秀英');
    await page.goto(`${app.cloud.url}/#/packages/complaints/detail/index?id=${encodeURIComponent(id ?? '')}`);
    await page.reload();
    await banner(page, '待评价').waitFor();
    await page.getByText('已联系住户清走纸箱和旧家具，消防通道已畅通。').first().waitFor();
    await page.locator('[aria-label="5星"]:visible').click();
    await page.locator('.nut-button:visible', { hasText: '提交评价' }).click();
    await banner(page, '已办结').waitFor();
    await shot(page, 'complaint-6-closed');
  });
});

describe('an overdue case up the grid and 吹哨报到, in the browser', () => {
  it('escalates to the community when 签收 is late, which summons 鑫盛物业, whose liaison reports and answers', async () => {
    const { page } = app;
    const TEXT = '5号楼楼下有人从窗户拉电线给电动车充电，已经好几天了。';

    // 1. A neighbour files it; nobody signs for it in time: the scheduler, run as of three days later,
    //    sends it up to the community.
    const filed = await callAs<{ id: string; level: string }>('demo-resident-2', {
      action: 'create', category: '飞线充电', text: TEXT, urgency: 'normal', clientRequestId: 'e2e-overdue-0001',
    });
    expect(filed.level).toBe('grid');
    await app.cloud.fireTimer('scheduler', undefined, new Date(Date.now() + 3 * DAY_MS));
    const escalated = await callAs<{ level: string; overdue: unknown }>('demo-admin', { action: 'get', id: filed.id });
    expect(escalated.level).toBe('community');

    // 2. The community admin finds it at the community level and blows the whistle for 鑫盛物业.
    await switchTo(app, page, 'demo-admin', '陈静');
    const card = await openFromQueue(page, '待签收', TEXT.slice(0, 12));
    expect(await card.textContent()).toContain('社区级');
    await shot(page, 'complaint-7-community-queue');
    await card.click();
    await handlingButton(page, '吹哨').click();
    const summon = sheet(page, '吹哨报到');
    await summon.locator('[role="checkbox"][aria-label="鑫盛物业"]').click();
    await typeInto(summon, 'textarea[name="note"]', '请物业今天到场，拆除私拉电线并提醒住户到充电桩充电。');
    await shot(page, 'complaint-8-summon', true);
    await summon.locator('.nut-button', { hasText: '确认吹哨' }).click();
    await summon.waitFor({ state: 'detached' });
    await page.locator('.gh-complaint-summon:visible', { hasText: '鑫盛物业' }).filter({ hasText: '待报到' }).waitFor();
    await shot(page, 'complaint-9-summoned');

    // 3. The property company's liaison finds it in 待报到, reports (报到), then answers (反馈).
    await openAs(app, 'demo-dept-property', '/pages/home/index');
    await page.locator('.gh-home__greeting:visible', { hasText: '何建华' }).waitFor();
    const summoned = await openFromQueue(page, '待报到', TEXT.slice(0, 12));
    await shot(page, 'complaint-10-liaison-queue');
    await summoned.click();
    await handlingButton(page, '报到').click();
    await page.locator('.gh-complaint-summon:visible', { hasText: '鑫盛物业' }).filter({ hasText: '已报到' }).waitFor();
    await handlingButton(page, '反馈').click();
    const report = sheet(page, '部门反馈');
    await typeInto(report, 'textarea[name="result"]', '物业已拆除私拉电线，并在楼下张贴了安全充电提示。');
    await report.locator('.nut-button', { hasText: '提交反馈' }).click();
    await report.waitFor({ state: 'detached' });
    const reported = page.locator('.gh-complaint-summon:visible', { hasText: '鑫盛物业' }).filter({ hasText: '已反馈' });
    await reported.waitFor();
    expect(await reported.textContent()).toContain('物业已拆除私拉电线');
    await shot(page, 'complaint-11-reported');
  });
});

describe('the queue and a handling sheet in 长辈模式 at 320 px', () => {
  it('keeps every tab, card and button inside the screen and large enough to tap', async () => {
    const { page } = app;
    // A case filed just now, waiting for this grid worker's 签收 (the scheduler run above sent the older ones up).
    await callAs('demo-resident', {
      action: 'create', category: '环境卫生', text: '2号楼门口的垃圾桶被撞坏了，垃圾撒了一地。', urgency: 'normal', clientRequestId: 'e2e-elder-0001',
    });
    await elderAt320(app, 'demo-gridworker', '张新花');

    await openTab(page, '管理');
    await page.locator('.gh-entry:visible', { hasText: '诉求办理' }).waitFor();
    await checkSmallScreen(page, 'complaint-elder-1-admin', '.gh-entry__link');
    await page.locator('.gh-entry__link:visible', { hasText: '待签收' }).click();
    const card = page.locator('.gh-queue-card:visible', { hasText: '2号楼门口的垃圾桶被撞坏了' });
    await card.waitFor();
    await checkSmallScreen(page, 'complaint-elder-2-queue', '.gh-segmented__item, .gh-queue-card');
    await card.click();
    await handling(page).waitFor();
    await checkSmallScreen(page, 'complaint-elder-3-detail', '.gh-handling .nut-button');
    await handlingButton(page, '退单').click();
    const sheetOnScreen = sheet(page, '退单');
    await sheetOnScreen.waitFor();
    await checkSmallScreen(page, 'complaint-elder-4-sheet', '.gh-handling-sheet .nut-button, .gh-sheet__close');
    await sheetOnScreen.locator('.gh-sheet__close').click();
    await sheetOnScreen.waitFor({ state: 'detached' });
  });

  it('keeps 办事, the 随手拍 form, the wall and 我的诉求 inside the screen for a resident', async () => {
    const { page } = app;
    await elderAt320(app, 'demo-resident', '王秀英');

    await openTab(page, '办事');
    await page.locator('.gh-services__snap:visible').waitFor();
    await checkSmallScreen(page, 'complaint-elder-5-services', '.gh-services__snap');
    await page.locator('.gh-services__snap:visible').click();
    await page.locator('.gh-complaint-form:visible').waitFor();
    await checkSmallScreen(page, 'complaint-elder-6-form', '.gh-complaint-form .nut-button, .gh-complaint-form .gh-chip');

    await openAs(app, 'demo-resident', '/packages/complaints/wall/index');
    await page.locator('.gh-complaint-card:visible').first().waitFor();
    await checkSmallScreen(page, 'complaint-elder-7-wall', '.gh-complaint-card, .gh-chip');

    await openAs(app, 'demo-resident', '/packages/complaints/mine/index');
    await page.locator('.gh-complaint-card:visible').first().waitFor();
    await checkSmallScreen(page, 'complaint-elder-8-mine', '.gh-complaint-card');
  });
});
