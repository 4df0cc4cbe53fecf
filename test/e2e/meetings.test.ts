import type { Locator, Page } from 'playwright-core';
import { connectSdk } from '../../emulator/testing';
import { XINSHENG, demoOrg } from '../../emulator/seed/demo-world';
import { placementOf, userDoc } from '../../emulator/seed/factories';
import { openAs, startApp, type TestApp } from './support/app';
import { checkSmallScreen, elderAt320, shot, typeInto } from './support/screen';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const HOUR = 3600 * 1000;
const NEIGHBOURS = ['e2e-neighbour-1', 'e2e-neighbour-2'];

async function status(id: string): Promise<string> {
  const reply = (await app.cloud.callFunction('meetings', { action: 'get', id }, 'demo-admin')) as { ok: boolean; data?: { status: string } };
  return reply.data?.status ?? 'unreadable';
}

/** The topic's status as the function answers it, once the page's step has landed (or what it is after 15 s). */
async function waitForStatus(id: string, expected: string): Promise<void> {
  let seen = await status(id);
  for (let waited = 0; seen !== expected && waited < 15000; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    seen = await status(id);
  }
  expect(seen).toBe(expected);
}

const primary = (scope: Page | Locator, label: string | RegExp) =>
  scope.locator('.nut-button:visible', { hasText: typeof label === 'string' ? new RegExp(`^${label}$`) : label });

async function confirm(page: Page, text: string) {
  await page.locator('.gh-sheet:visible .nut-button', { hasText: new RegExp(`^${text}$`) }).click();
}

/** Two more neighbours of 王秀英's building, so that a building topic can reach its three seconds. */
async function addNeighbours() {
  const placement = placementOf(demoOrg(), `${XINSHENG}-b01`);
  const { db } = connectSdk(app.cloud);
  for (const [index, openid] of NEIGHBOURS.entries()) {
    await db.collection('users').add({ data: userDoc({ openid, name: `邻居${index + 1}`, placement }, new Date()) as unknown as Record<string, unknown> });
  }
}

/** Shanghai wall-clock date and time `ms` from now, as the decision form's pickers take them. */
function shanghai(ms: number): { date: string; time: string } {
  const local = new Date(Date.now() + ms + 8 * HOUR).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

describe('议事 by the five steps, in the browser', () => {
  it('is proposed, seconded to its threshold, reviewed, decided with a meeting, attended, recorded and rated', async () => {
    const { page } = app;
    const TITLE = '1号楼单元门口加装雨棚';
    await addNeighbours();

    // 1. 群众提议: 王秀英 proposes a topic for her building from 办事 → 议事.
    await openAs(app, 'demo-resident', '/pages/services/index');
    await page.locator('.gh-shortcut:visible', { hasText: '议事' }).click();
    await primary(page, '发起议事').click();
    await typeInto(page, 'input[name="title"]', TITLE);
    await typeInto(page, 'textarea[name="background"]', '下雨天单元门口没有遮挡，老人进出容易滑倒，建议加装一个雨棚。');
    // The form's chip names the building; the list's filter chip behind it says 本楼栋 alone.
    await page.locator('.gh-chip:visible', { hasText: /^本楼栋（/ }).click();
    await shot(page, 'meeting-1-propose');
    await primary(page, '发起议事').click();
    await page.locator('.gh-meeting-banner__status:visible', { hasText: '征集附议' }).waitFor();
    const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id')!;
    expect(id).toBeTruthy();

    // 2. Two neighbours second it; the building leader gives the third in the page: the topic goes to review.
    for (const openid of NEIGHBOURS) {
      expect(await app.cloud.callFunction('meetings', { action: 'second', id }, openid)).toMatchObject({ ok: true });
    }
    await openAs(app, 'demo-building-leader', `/packages/meetings/detail/index?id=${id}`);
    await primary(page, /^附议（/).click();
    await page.locator('.gh-meeting-banner__status:visible', { hasText: '网格审议' }).waitFor();
    await shot(page, 'meeting-2-seconded');

    // 3. 网格党支部审议 by the grid worker.
    await openAs(app, 'demo-gridworker', `/packages/meeting-admin/manage/index?id=${id}`);
    await typeInto(page, 'textarea[name="note"]', '雨天确有安全隐患，同意提交社区党委决议。');
    await primary(page, '审议通过').click();
    await confirm(page, '确认通过');
    await waitForStatus(id, 'community_decision');

    // 4. 社区党委决议 with a meeting starting within the hour (check-in opens two hours before the start).
    await openAs(app, 'demo-admin', `/packages/meeting-admin/manage/index?id=${id}`);
    const start = shanghai(HOUR);
    await page.locator('input[aria-label="开会时间日期"]:visible').fill(start.date);
    await page.locator('input[aria-label="开会时间时刻"]:visible').fill(start.time);
    await page.locator('input[name="place"]:visible').fill('1号楼楼下（小板凳议事会）');
    await page.locator('input[name="capacity"]:visible').fill('20');
    await shot(page, 'meeting-3-decide', true);
    await primary(page, '决议并发布议事会').click();
    await confirm(page, '确认');
    await waitForStatus(id, 'scheduled');

    // 5. 王秀英 registers and gets her check-in code.
    await openAs(app, 'demo-resident', `/packages/meetings/detail/index?id=${id}`);
    await primary(page, '报名参加议事会').click();
    const codeText = page.locator('.gh-meeting-pass__code:visible');
    await codeText.waitFor();
    const code = (await codeText.textContent())!.trim();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    // The QR code beside it is a real image the browser decoded, of a size a phone at the door can scan.
    const qr = page.locator('.gh-meeting-pass__qr:visible img');
    await qr.scrollIntoViewIfNeeded();
    const drawn = await qr.evaluate((image: HTMLImageElement) => ({ loaded: image.complete, width: image.naturalWidth, shown: image.getBoundingClientRect().width }));
    expect(drawn.loaded && drawn.width > 0 && drawn.shown >= 120).toBe(true);
    await shot(page, 'meeting-4-registered');

    // 6. The admin checks her in at the desk by her code, typed in lower case with a space.
    await openAs(app, 'demo-admin', `/packages/meeting-admin/check-in/index?id=${id}`);
    const codeField = page.locator('[aria-label="签到码"]:visible input, input[aria-label="签到码"]:visible').first();
    await codeField.fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
    await primary(page, '签到').click();
    await page.locator('[aria-label="签到人数"]:visible', { hasText: '已签到 1 / 1' }).waitFor();
    await page.getByText('王秀英 已签到').first().waitFor();
    await shot(page, 'meeting-5-checked-in');

    // 7. The meeting has been held: minutes and resolution are published.
    const { db } = connectSdk(app.cloud);
    await db.collection('meetings').doc(id).update({ data: { 'meeting.startsAt': new Date(Date.now() - HOUR), 'meeting.registrationClosesAt': new Date(Date.now() - HOUR) } });
    await openAs(app, 'demo-admin', `/packages/meeting-admin/manage/index?id=${id}`);
    await typeInto(page, 'textarea[name="minutes"]', '到会居民一致认为需要加装雨棚，物业到场说明了施工方案。');
    await typeInto(page, 'textarea[name="resolution"]', '由物业在两周内为1号楼三个单元门加装雨棚。');
    await primary(page, '发布纪要和决议').click();
    await confirm(page, '确认发布');
    await waitForStatus(id, 'implementing');

    // 8. 居民评议 opens, and 王秀英 rates how it was carried out.
    await openAs(app, 'demo-admin', `/packages/meeting-admin/manage/index?id=${id}`);
    await primary(page, '开启评议').click();
    await confirm(page, '确认开启');
    await waitForStatus(id, 'evaluating');
    await openAs(app, 'demo-resident', `/packages/meetings/detail/index?id=${id}`);
    await page.getByText('由物业在两周内为1号楼三个单元门加装雨棚。').first().waitFor();
    await page.locator('.gh-chip:visible', { hasText: /^满意$/ }).click();
    await primary(page, /^提交评议/).click();
    await page.locator('.gh-meeting-notice:visible', { hasText: '感谢您的评议' }).waitFor();
    await shot(page, 'meeting-6-evaluated');

    const reply = (await app.cloud.callFunction('meetings', { action: 'get', id }, 'demo-resident')) as {
      data: { secondCount: number; meeting: { checkedInCount: number }; evaluation: { total: number; counts: { satisfied: number } } };
    };
    expect(reply.data.secondCount).toBe(3);
    expect(reply.data.meeting.checkedInCount).toBe(1);
    expect(reply.data.evaluation).toMatchObject({ total: 1, counts: { satisfied: 1 } });
  });

  it('keeps the topics, a topic with its code, the manage page and the check-in desk inside 320 px in 长辈模式', async () => {
    const { page } = app;
    await elderAt320(app, 'demo-resident', '王秀英');
    await openAs(app, 'demo-resident', '/packages/meetings/list/index');
    await page.locator('.gh-meeting-card:visible').first().waitFor();
    await checkSmallScreen(page, 'meeting-elder-1-list', '.gh-meeting-card, .gh-chip');
    await openAs(app, 'demo-resident', '/packages/meetings/detail/index?id=demo-meeting-square-dance');
    await page.locator('.gh-meeting-pass__code:visible').waitFor();
    await checkSmallScreen(page, 'meeting-elder-2-code', '.nut-button, .gh-meeting-actions__link');

    await elderAt320(app, 'demo-admin', '陈静');
    await openAs(app, 'demo-admin', '/packages/meeting-admin/manage/index?id=demo-meeting-garbage-point');
    await page.locator('input[name="place"]:visible').waitFor();
    await checkSmallScreen(page, 'meeting-elder-3-decide', '.nut-button, .gh-chip');
    await openAs(app, 'demo-admin', '/packages/meeting-admin/check-in/index?id=demo-meeting-square-dance');
    await page.locator('[aria-label="签到人数"]:visible').waitFor();
    await checkSmallScreen(page, 'meeting-elder-4-check-in', '.nut-button');
  });
});
