import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AuditEntry, LedgerFile, OverdueItem } from '@contract/report';
import { monthOf, shiftMonth } from '@contract/report-month';
import AdminPage from '../../src/pages/admin/index';
import WorkbenchAuditPage from '../../src/packages/workbench/audit/index';
import WorkbenchDashboardPage from '../../src/packages/workbench/dashboard/index';
import WorkbenchOverduePage from '../../src/packages/workbench/overdue/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { dashboard } from './support/reports';
import { navigation, setRouterParams } from './support/taro';

const admin = profile({ roles: ['resident', 'community_admin'], staffTitle: '鑫盛社区 · 社区管理员' });
const thisMonth = monthOf(new Date());


const overdueItem: OverdueItem = {
  id: 'c-9', itemType: 'complaint', category: '楼道堆物', excerpt: '3单元楼道堆了旧沙发', kind: 'accept', communityName: '鑫盛社区',
  gridName: '第二网格', holder: '网格待签收', dueAt: '2026-12-02T02:00:00.000Z', overdueHours: 30,
};

const ledger: LedgerFile = { fileID: 'cloud://env/ledgers/c1/x.xlsx', tempFileURL: 'http://cloud.test/ledger.xlsx', fileName: '鑫盛社区2026年12月诉求台账.xlsx', rows: 12 };

function answerDashboard() {
  fakeCloud.on('reports', 'dashboard', () => ({ ok: true, data: dashboard() }));
  fakeCloud.on('reports', 'overdue', () => ({ ok: true, data: { items: [overdueItem], nextCursor: null } }));
}

describe('数据看板', () => {
  it("shows the month's rates with their change, the figures, the ranking with the lagging grid marked", async () => {
    await signIn(admin);
    answerDashboard();
    renderPage(<WorkbenchDashboardPage />);
    expect(await screen.findByText('鑫盛社区')).toBeTruthy();
    expect(fakeCloud.callsOf('dashboard')[0]!.data).toMatchObject({ month: thisMonth });
    const accept = screen.getByLabelText('及时签收率90%，较上月上升10个百分点');
    expect(within(accept).getByText('较上月↑10').className).toContain('better');
    // A rising 重办率 is worse, not better.
    expect(within(screen.getByLabelText(/^重办率10%/)).getByText('较上月↑5').className).toContain('worse');
    expect(screen.getByLabelText('按时办结率75%，与上月持平')).toBeTruthy();
    expect(screen.getByLabelText('本月受理12')).toBeTruthy();
    expect(screen.getByLabelText('当前超时2')).toBeTruthy();
    expect(screen.getByText('楼道堆物7件，环境卫生5件')).toBeTruthy();
    expect(screen.getByRole('img', { name: '近12个月按时办结率和满意率的走势' })).toBeTruthy();
    const rows = screen.getAllByRole('listitem').filter((item) => item.classList.contains('gh-ranking__row'));
    expect(rows.map((row) => within(row).getByText(/网格$/).textContent)).toEqual(['第一网格', '第二网格']);
    expect(within(rows[1]!).getByText('需督促')).toBeTruthy();
    expect(within(rows[0]!).queryByText('需督促')).toBeNull();
    expect(screen.getByLabelText('发布到确认（天）2.5')).toBeTruthy();
    expect(screen.getByLabelText('评议满意率75%')).toBeTruthy();
    expect(await screen.findByText('3单元楼道堆了旧沙发')).toBeTruthy();

    fireEvent.click(rows[1]!);
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/workbench/dashboard/index?gridId=g2' });
  });

  it('steps back a month (never past this one), and answers an error with 重试', async () => {
    await signIn(admin);
    let fail = true;
    fakeCloud.on('reports', 'dashboard', () => (fail ? { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } } : { ok: true, data: dashboard() }));
    fakeCloud.on('reports', 'overdue', () => ({ ok: true, data: { items: [], nextCursor: null } }));
    renderPage(<WorkbenchDashboardPage />);
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('鑫盛社区')).toBeTruthy();
    expect(await screen.findByText('没有超时的诉求，继续保持。')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '下个月' }));
    expect(fakeCloud.callsOf('dashboard')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: '上个月' }));
    await waitFor(() => expect(fakeCloud.callsOf('dashboard').at(-1)!.data).toMatchObject({ month: shiftMonth(thisMonth, -1) }));
  });

  it("opens a community's board for a street admin, with the place it was asked for", async () => {
    await signIn(profile({ roles: ['street_admin'], communityId: null, gridId: null, staffTitle: '云中路街道 · 街道管理员' }));
    setRouterParams({ communityId: 'c2' });
    fakeCloud.on('reports', 'dashboard', () => ({ ok: true, data: dashboard({ scope: { kind: 'community', id: 'c2', name: '翠竹园社区' } }) }));
    renderPage(<WorkbenchDashboardPage />);
    expect(await screen.findByText('翠竹园社区')).toBeTruthy();
    expect(fakeCloud.callsOf('dashboard')[0]!.data).toMatchObject({ communityId: 'c2' });
    // Another place's board shows no overdue list of the caller's own.
    expect(fakeCloud.callsOf('overdue')).toHaveLength(0);
  });

  it('exports the chosen 台账, says how many rows, and offers 重试 when the download fails', async () => {
    await signIn(admin);
    answerDashboard();
    fakeCloud.on('reports', 'exportLedger', () => ({ ok: true, data: ledger }));
    fakeCloud.failFileOpen = true;
    renderPage(<WorkbenchDashboardPage />);
    fireEvent.click(await screen.findByRole('radio', { name: '微心愿台账' }));
    fireEvent.click(screen.getByText('导出微心愿台账'));
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
    expect(fakeCloud.callsOf('exportLedger')[0]!.data).toMatchObject({ month: thisMonth, kind: 'wishes' });
    fakeCloud.failFileOpen = false;
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText(`已导出12条：${ledger.fileName}`)).toBeTruthy();
    // The retry downloads the file already made; it does not build another.
    expect(fakeCloud.callsOf('exportLedger')).toHaveLength(1);
    expect(fakeCloud.openedFiles).toEqual([
      { url: ledger.tempFileURL, fileName: ledger.fileName },
      { url: ledger.tempFileURL, fileName: ledger.fileName },
    ]);
  });

  it('refuses a resident, with a way back', async () => {
    await signIn(profile());
    renderPage(<WorkbenchDashboardPage />);
    expect(await screen.findByText('暂无查看权限')).toBeTruthy();
    expect(fakeCloud.callsOf('dashboard')).toHaveLength(0);
  });
});

describe('超时督办 and 操作留痕', () => {
  it('filters the overdue cases by kind and opens one', async () => {
    await signIn(admin);
    fakeCloud.on('reports', 'overdue', (data) => ({ ok: true, data: { items: data.kind === 'report' ? [] : [overdueItem], nextCursor: null } }));
    renderPage(<WorkbenchOverduePage />);
    expect(await screen.findByText('超时30小时')).toBeTruthy();
    expect(screen.getByText('楼道堆物 · 鑫盛社区 · 第二网格 · 网格待签收')).toBeTruthy();
    fireEvent.click(screen.getByText('3单元楼道堆了旧沙发'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/complaints/detail/index?id=c-9' });
    fireEvent.click(screen.getByRole('radio', { name: '报到超时' }));
    expect(await screen.findByText('没有超时的诉求')).toBeTruthy();
    expect(fakeCloud.callsOf('overdue').at(-1)!.data).toMatchObject({ kind: 'report' });
  });

  it('lists who did what, with masked names and phones as the server sent them, each opening its item', async () => {
    await signIn(admin);
    const entry: AuditEntry = {
      id: 'e1', at: '2026-12-03T02:00:00.000Z', itemType: 'complaint', itemId: 'c-9', itemTitle: '楼道堆物：3单元楼道堆了旧沙发', action: 'complaint.resolved',
      from: 'accepted', to: 'resolved', actorOpenid: 'w1', actorLabel: '网格员', actorName: '张**', note: '已清理，居民电话139****5678',
    };
    fakeCloud.on('reports', 'auditLog', () => ({ ok: true, data: { items: [entry], nextCursor: null } }));
    renderPage(<WorkbenchAuditPage />);
    expect(await screen.findByText('“已清理，居民电话139****5678”')).toBeTruthy();
    expect(screen.getByText(/^网格员 张\*\*/)).toBeTruthy();
    expect(fakeCloud.callsOf('auditLog')[0]!.data).toMatchObject({ month: thisMonth });
    fireEvent.click(screen.getByText('楼道堆物：3单元楼道堆了旧沙发 ›'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/complaints/detail/index?id=c-9' });
  });

  it('keeps 操作留痕 from a grid worker', async () => {
    await signIn(profile({ roles: ['resident', 'grid_worker'] }));
    renderPage(<WorkbenchAuditPage />);
    expect(await screen.findByText('暂无查看权限')).toBeTruthy();
  });
});

describe('管理', () => {
  it('counts overdue cases and 待签收 on the tab, and links the workbench with the overdue number', async () => {
    await signIn(admin);
    fakeCloud.on('reports', 'pending', () => ({ ok: true, data: { wishReviews: 1, volunteerApplications: 0, meetingReviews: 1, toAccept: 2, overdue: 3, total: 7 } }));
    fakeCloud.on('wishes', 'adminList', () => ({ ok: true, data: { items: [], nextCursor: null, counts: null } }));
    renderPage(<AdminPage />);
    expect(await screen.findByLabelText('7项待处理')).toBeTruthy();
    fireEvent.click(await screen.findByText('超时督办 3'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/workbench/overdue/index' });
    fireEvent.click(screen.getByText('操作留痕'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/workbench/audit/index' });
  });
});
