import { dashboard } from '../components/support/reports';
import { profile } from '../components/support/profiles';
import { bootApp, cloudCalls, tapText, drawings, files, mount, navigations, onCloud, waitForText } from './support/harness';

// 数据看板 on the built mini-program: the subpackage page as WeChat renders it, its charts drawn through a 2d canvas node.
const admin = profile({ openid: 'wx-admin', name: '陈静', roles: ['resident', 'community_admin'], staffTitle: '鑫盛社区 · 社区管理员' });
const ledger = { fileID: 'cloud://env/ledgers/c1/x.xlsx', tempFileURL: 'https://files.invalid/ledger.xlsx', fileName: '鑫盛社区2026年12月诉求台账.xlsx', rows: 12 };

beforeAll(() => {
  onCloud('users.login', () => ({ ok: true, data: admin }));
  onCloud('users.me', () => ({ ok: true, data: admin }));
  onCloud('inbox.unreadCount', () => ({ ok: true, data: { unreadCount: 0 } }));
  onCloud('reports.pending', () => ({ ok: true, data: { wishReviews: 0, volunteerApplications: 0, meetingReviews: 0, toAccept: 1, overdue: 2, total: 3 } }));
  onCloud('reports.dashboard', () => ({ ok: true, data: dashboard() }));
  onCloud('reports.overdue', () => ({ ok: true, data: { items: [], nextCursor: null } }));
  onCloud('reports.exportLedger', () => ({ ok: true, data: ledger }));
  bootApp();
});


async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 3000) throw new Error(`${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('weapp: 数据看板', () => {
  it('renders the figures and ranking, and F2 draws each chart on its 2d canvas node', async () => {
    const page = mount('packages/workbench/dashboard/index');
    await waitForText(page, '按时办结率');
    const text = page.text();
    expect(text).toContain('鑫盛社区');
    expect(text).toContain('90%');
    expect(text).toContain('较上月↑10');
    expect(text).toContain('需督促');
    expect(text).toContain('楼道堆物7件，环境卫生5件');
    expect(cloudCalls.some((call) => call.name === 'reports' && call.data.action === 'dashboard')).toBe(true);
    const callsOf = (kind: string) => [...drawings.entries()].find(([id]) => id.startsWith(`${kind}-`))?.[1] ?? [];
    await until(() => ['gh-chart-trend', 'gh-chart-category', 'gh-chart-rows'].every((kind) => callsOf(kind).length > 20), 'drawing the three charts');
    const labels = (kind: string) => callsOf(kind).filter((call) => call.method === 'fillText').map((call) => String(call.args[0]));
    expect(labels('gh-chart-trend')).toEqual(expect.arrayContaining(['11月', '12月', '按时办结率', '满意率']));
    expect(labels('gh-chart-category')).toEqual(expect.arrayContaining(['楼道堆物', '环境卫生']));
    expect(labels('gh-chart-rows')).toEqual(expect.arrayContaining(['第一网格', '第二网格']));
  });

  it('a grid of the ranking opens its board; the 台账 is downloaded and opened as xlsx', async () => {
    const page = mount('packages/workbench/dashboard/index');
    await waitForText(page, '第二网格');
    const row = page.root.querySelectorAll('.gh-ranking__row').find((node) => (node.dom?.textContent ?? '').includes('第二网格'));
    if (!row) throw new Error('no ranking row for 第二网格');
    row.dispatchEvent('tap');
    await until(() => navigations.some((entry) => entry.url.includes('gridId=g2')), 'opening the grid');
    expect(navigations.at(-1)?.url).toContain('/packages/workbench/dashboard/index?gridId=g2');

    tapText(page, '.nut-button', '导出诉求台账');
    await waitForText(page, `已导出12条：${ledger.fileName}`);
    expect(cloudCalls.filter((call) => call.data.action === 'exportLedger').at(-1)?.data).toMatchObject({ kind: 'complaints' });
    expect(files).toEqual([
      { method: 'downloadFile', value: ledger.tempFileURL },
      { method: 'openDocument', value: 'wxfile://tmp/ledger.xlsx xlsx' },
    ]);
  });
});
