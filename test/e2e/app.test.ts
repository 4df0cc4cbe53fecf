import { statSync } from 'node:fs';
import * as path from 'node:path';
import { openAs, shot, startApp, tabLabels, type TestApp } from './support/app';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

async function choose(label: string, option: string | null) {
  const { page } = app;
  await page.locator(`[aria-label="选择${label}"]`).click();
  const sheet = page.locator('.gh-sheet:visible');
  await sheet.waitFor();
  const target = option ? sheet.locator('.gh-sheet__option', { hasText: option }) : sheet.locator('.gh-sheet__option');
  await target.first().click();
  await sheet.waitFor({ state: 'detached' });
}

describe('网格之家 in the browser', () => {
  it('lets a first-time visitor register, and the profile survives a reload', async () => {
    const { page } = app;
    await openAs(app, `e2e-newcomer-${Date.now()}`, '/pages/mine/index');
    await page.locator('.nut-button:visible', { hasText: '立即登记' }).click();
    await page.getByText('登记个人信息').waitFor();

    await page.locator('input[name="name"]').fill('孙桂兰');
    await page.locator('input[name="phone"]').fill('13912345678');
    await choose('所在社区', '鑫盛社区');
    await choose('所在网格', '第一网格');
    await choose('所在楼栋', null);
    await page.locator('input[name="room"]').fill('3单元201');
    await shot(page, 'register-filled');
    await page.locator('.nut-button:visible', { hasText: '保存' }).click();

    await page.locator('.gh-profile__name:visible', { hasText: '孙桂兰' }).waitFor();
    await page.reload();
    await page.locator('.gh-profile__name:visible', { hasText: '孙桂兰' }).waitFor();
    expect(await page.locator('.gh-profile__phone:visible').textContent()).toBe('139****5678');
    const place = (await page.locator('.gh-profile__place:visible').textContent()) ?? '';
    expect(place).toContain('鑫盛社区 · 第一网格');
    expect(place).toContain('3单元201');
    expect(await page.locator('.nut-button:visible', { hasText: '立即登记' }).count()).toBe(0);
    await shot(page, 'register-saved');
  });

  it('keeps 长辈模式 on after a reload, even with local storage wiped', async () => {
    const { page } = app;
    await openAs(app, 'demo-resident-2', '/pages/mine/index');
    await page.getByText('长辈模式', { exact: true }).waitFor();
    expect(await page.locator('.gh-page--elder').count()).toBe(0);

    const saved = page.waitForResponse((res) => (res.request().postData() ?? '').includes('updateProfile'));
    await page.locator('.nut-switch:visible').click();
    await page.locator('.gh-page--elder:visible').waitFor();
    expect((await saved).ok()).toBe(true);
    await shot(page, 'elder-mode-on');

    await page.reload();
    await page.locator('.gh-page--elder:visible').waitFor();

    // A new phone: nothing stored locally, the preference comes back from the profile.
    await openAs(app, 'demo-resident-2', '/pages/mine/index');
    await page.locator('.gh-profile__name:visible').waitFor();
    await page.locator('.gh-page--elder:visible').waitFor();
  });

  it('hides 管理 from a resident, and shows it after switching to the community admin', async () => {
    const { page } = app;
    await openAs(app, 'demo-resident', '/pages/home/index');
    await page.locator('.gh-home__greeting:visible').waitFor();
    expect(await tabLabels(page)).toEqual(['首页', '心愿', '办事', '我的']);

    await page.locator('.gh-tabbar__item:visible', { hasText: '我的' }).click();
    await page.locator('.nut-cell:visible', { hasText: '切换演示身份' }).click();
    await page.locator('.nut-cell:visible', { hasText: 'demo-admin ·' }).click();
    await page.locator('.gh-home__greeting:visible', { hasText: '陈静' }).waitFor();
    expect(await tabLabels(page)).toEqual(['首页', '心愿', '办事', '我的', '管理']);

    await page.locator('.gh-tabbar__item:visible', { hasText: '管理' }).click();
    await page.getByText('工作台').waitFor();
    await page.getByText(/待审核心愿/).waitFor();
    await page.locator('.gh-segmented__item:visible', { hasText: '志愿者审核' }).click();
    await page.getByText(/志愿者申请审核/).waitFor();
    await shot(page, 'admin-workbench');
  });

  it('writes the README screenshot when asked', async () => {
    if (process.env.SCREENSHOT_DOCS !== '1') return;
    const { page } = app;
    await openAs(app, 'demo-resident', '/pages/home/index');
    await page.locator('.gh-home__greeting:visible').waitFor();
    await page.waitForTimeout(300);
    const file = path.resolve(__dirname, '..', '..', 'docs', 'screenshot-home.png');
    await page.screenshot({ path: file, scale: 'css' });
    expect(statSync(file).size).toBeLessThan(200 * 1024);
  });
});
