import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import type { ComplaintDoc } from '../../types/complaint';
import { monthOf } from '../../types/report-month';
import { connectSdk } from '../../emulator/testing';
import { ARTIFACTS, openAs, startApp, type TestApp } from './support/app';
import { checkSmallScreen, elderAt320, shot } from './support/screen';

let app: TestApp;

beforeAll(async () => {
  app = await startApp({ history: true });
  await app.cloud.fireTimer('scheduler', undefined, new Date());
});

afterAll(async () => {
  await app?.stop();
});

/** Pixels the visible chart of this kind has drawn (not transparent): a chart that failed to draw has none. */
async function drawnPixels(page: Page, kind: string): Promise<number> {
  const host = page.locator(`[id^="${kind}-"]:visible`).first();
  await host.waitFor();
  const id = await host.getAttribute('id');
  return page.evaluate((chartId) => {
    const element = chartId ? document.getElementById(chartId) : null;
    const canvas = element && (element.tagName === 'CANVAS' ? element : element.querySelector('canvas'));
    if (!(canvas instanceof HTMLCanvasElement) || canvas.width === 0) return 0;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn += 1;
    return drawn;
  }, id);
}


async function waitForDrawing(page: Page, id: string): Promise<number> {
  let drawn = 0;
  for (let waited = 0; drawn < 500 && waited < 10_000; waited += 250) {
    drawn = await drawnPixels(page, id);
    if (drawn < 500) await page.waitForTimeout(250);
  }
  return drawn;
}

async function openDashboard(openid: string) {
  const { page } = app;
  await openAs(app, openid, '/pages/admin/index');
  await page.locator('.gh-entry__link:visible', { hasText: '数据看板' }).click();
  await page.locator('.gh-rates:visible').waitFor();
}

describe('the admin workbench, in the browser', () => {
  it("shows the month's rates and charts, ranks the grids, drills into one, and downloads the 台账 a reader opens", async () => {
    const { page } = app;
    await openAs(app, 'demo-admin', '/pages/admin/index');
    const badge = page.locator('.gh-tabbar:visible .gh-tabbar__badge');
    await badge.waitFor();
    expect(Number(await badge.textContent())).toBeGreaterThan(0);

    await openDashboard('demo-admin');
    await page.locator('.gh-wb__scope:visible', { hasText: '鑫盛社区' }).waitFor();
    await page.locator('.gh-rates__label:visible', { hasText: '按时办结率' }).waitFor();
    expect(await waitForDrawing(page, 'gh-chart-trend')).toBeGreaterThanOrEqual(500);
    expect(await waitForDrawing(page, 'gh-chart-category')).toBeGreaterThanOrEqual(500);
    expect(await waitForDrawing(page, 'gh-chart-rows')).toBeGreaterThanOrEqual(500);
    expect(await page.locator('.gh-ranking__row:visible').count()).toBe(6);
    await shot(page, 'workbench-1-dashboard');
    await page.locator('.gh-chart:visible').first().scrollIntoViewIfNeeded();
    await shot(page, 'workbench-2-charts', true);

    // A grid of the ranking opens its own board.
    await page.locator('.gh-ranking__row:visible', { hasText: '第一网格' }).click();
    await page.locator('.gh-wb__scope:visible', { hasText: '鑫盛社区 · 第一网格' }).waitFor();
    // The grid's own board draws its charts too, though the community's page stays in the document behind it.
    expect(await waitForDrawing(page, 'gh-chart-trend')).toBeGreaterThanOrEqual(500);
    expect(await waitForDrawing(page, 'gh-chart-category')).toBeGreaterThanOrEqual(500);
    await page.goBack();
    await page.locator('.gh-wb__scope:visible', { hasText: /^鑫盛社区$/ }).waitFor();

    // The month's 诉求台账, downloaded and read back.
    const exportButton = page.locator('.gh-export:visible .nut-button', { hasText: '导出诉求台账' });
    await exportButton.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    const month = monthOf(new Date());
    expect(download.suggestedFilename()).toBe(`鑫盛社区${month.slice(0, 4)}年${Number(month.slice(5))}月诉求台账.xlsx`);
    const saved = path.join(ARTIFACTS, 'workbench-ledger.xlsx');
    await download.saveAs(saved);
    await page.locator('.gh-export__result:visible', { hasText: '已导出' }).waitFor();
    await shot(page, 'workbench-3-exported', true);

    const workbook = new Workbook();
    await workbook.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('诉求台账')!;
    const { db } = connectSdk(app.cloud);
    const cases = ((await db.collection('complaints').where({ communityId: 'xinsheng' }).limit(1000).get()).data as unknown as ComplaintDoc[]).filter(
      (c) => monthOf(c.createdAt) === month,
    );
    expect(cases.length).toBeGreaterThan(0);
    expect(sheet.rowCount).toBe(cases.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
    expect([...sheet.getColumn(1).values.slice(2)].sort()).toEqual(cases.map((c) => c._id).sort());
    expect(workbook.getWorksheet('汇总')!.getRow(workbook.getWorksheet('汇总')!.rowCount).getCell(1).value).toBe('合计');
  });

  it('lets the street admin rank the communities and open one; the overdue list opens a case', async () => {
    const { page } = app;
    await openDashboard('demo-street-admin');
    expect(await page.locator('.gh-ranking__row:visible').count()).toBe(2);
    await page.locator('.gh-ranking__row:visible', { hasText: '翠竹园社区' }).click();
    await page.locator('.gh-wb__scope:visible', { hasText: /^翠竹园社区$/ }).waitFor();
    await shot(page, 'workbench-4-street-drill');

    await openAs(app, 'demo-admin', '/packages/workbench/overdue/index');
    const first = page.locator('.gh-overdue__item:visible').first();
    await first.waitFor();
    await shot(page, 'workbench-5-overdue');
    await first.click();
    await page.locator('.gh-complaint-detail:visible, .gh-timeline:visible').first().waitFor();
  });

  it('fits a 320 px screen in 长辈模式, every control large enough to tap', async () => {
    const { page } = app;
    await elderAt320(app, 'demo-admin', '陈静');
    await page.locator('.gh-tabbar__item:visible', { hasText: '管理' }).click();
    await page.locator('.gh-entry__link:visible', { hasText: '数据看板' }).click();
    await page.locator('.gh-rates:visible').waitFor();
    await checkSmallScreen(page, 'workbench-6-elder-320', '.gh-month__step, .gh-ranking__row, .gh-export .gh-chip, .gh-export .nut-button');
    // A figure's name stays on one line: a tile too narrow for it moves to the next row instead.
    const broken = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.gh-figures__label, .gh-rates__label'))
        .filter((label) => label.getClientRects().length > 0)
        .filter((label) => label.getBoundingClientRect().height > parseFloat(getComputedStyle(label).fontSize) * 1.8)
        .map((label) => label.textContent),
    );
    expect(broken).toEqual([]);
    await openAs(app, 'demo-admin', '/packages/workbench/audit/index');
    await page.locator('.gh-audit__item:visible').first().waitFor();
    await checkSmallScreen(page, 'workbench-7-audit-320', '.gh-month__step, .gh-audit__item');
  });
});
