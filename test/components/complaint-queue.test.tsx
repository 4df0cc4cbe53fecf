import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { QueueCard } from '@contract/complaint';
import ComplaintQueuePage from '../../src/packages/complaint-admin/queue/index';
import AdminPage from '../../src/pages/admin/index';
import { complaintCard } from './support/complaints';
import { fakeCloud } from './support/fake-cloud';
import { ORG, profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, setRouterParams } from './support/taro';

const HOUR = 60 * 60 * 1000;

function queueCard(overrides: Partial<QueueCard> = {}): QueueCard {
  return {
    ...complaintCard({
      excerpt: '3单元一楼楼道堆满了纸箱，挡住了消防通道',
      supportCount: 0,
      dueAt: new Date(Date.now() + 2 * HOUR).toISOString(),
      createdAt: new Date(Date.now() - HOUR).toISOString(),
    }),
    reporterName: '王秀英',
    source: 'resident',
    assigneeName: null,
    summons: [],
    ...overrides,
  };
}

const page = (items: QueueCard[]) => ({ ok: true as const, data: { items, nextCursor: null } });

function cardOf(text: string): HTMLElement {
  return screen.getByText(text).closest('.gh-queue-card') as HTMLElement;
}

describe('诉求办理: the queue', () => {
  it('opens on 待签收 for a grid worker, and each tab asks the server for what it waits for', async () => {
    await signIn(profile({ roles: ['resident', 'grid_worker'] }));
    fakeCloud.on('complaints', 'queue', (data) => page(data.waiting === 'accept' ? [queueCard()] : []));
    renderPage(<ComplaintQueuePage />);

    const card = (await screen.findByText('3单元一楼楼道堆满了纸箱，挡住了消防通道')).closest('.gh-queue-card') as HTMLElement;
    expect(fakeCloud.callsOf('queue')[0].data).toMatchObject({ waiting: 'accept' });
    expect(within(card).getByText(/楼道堆物/)).toBeTruthy();
    expect(within(card).getByText('第一网格 · 1号楼')).toBeTruthy();
    expect(within(card).getByText('网格级')).toBeTruthy();
    expect(within(card).getByText('反映人：王秀英')).toBeTruthy();
    expect(within(card).getByRole('timer').textContent).toMatch(/^签收还剩 (1小时5\d分|2小时)$/);
    expect(card.className).not.toContain('gh-queue-card--late');

    fireEvent.click(screen.getByRole('tab', { name: '办理中' }));
    expect(await screen.findByText('没有办理中的诉求')).toBeTruthy();
    expect(fakeCloud.callsOf('queue').at(-1)?.data).toMatchObject({ waiting: 'resolve' });

    fireEvent.click(screen.getByRole('tab', { name: '已逾期' }));
    expect(await screen.findByText('没有逾期的诉求')).toBeTruthy();
    expect(fakeCloud.callsOf('queue').at(-1)?.data).toMatchObject({ overdue: true });
    expect(fakeCloud.callsOf('queue').at(-1)?.data.waiting).toBeUndefined();

    fireEvent.click(screen.getByRole('tab', { name: '待回访' }));
    expect(await screen.findByText('没有待回访的诉求')).toBeTruthy();
    expect(fakeCloud.callsOf('queue').at(-1)?.data).toMatchObject({ waiting: 'followUp' });
  });

  it('draws an overdue case red with how late it is, an anonymous one without a name, and opens a case on tap', async () => {
    await signIn(profile({ roles: ['resident', 'grid_worker'] }));
    setRouterParams({ tab: 'overdue' });
    fakeCloud.on('complaints', 'queue', () =>
      page([
        queueCard({ id: 'c-late', excerpt: '楼道灯坏了一周', status: 'accepted', waitingFor: 'resolve',
          dueAt: new Date(Date.now() - 3 * HOUR).toISOString(), overdue: { kind: 'resolve', since: new Date(Date.now() - 3 * HOUR).toISOString() } }),
        queueCard({ id: 'c-anon', excerpt: '有人在楼道里飞线充电', category: '飞线充电', reporterName: null, reporterMasked: '匿名', level: 'community' }),
      ]),
    );
    renderPage(<ComplaintQueuePage />);

    await screen.findByText('楼道灯坏了一周');
    expect(fakeCloud.callsOf('queue')[0].data).toMatchObject({ overdue: true });
    const late = cardOf('楼道灯坏了一周');
    expect(late.className).toContain('gh-queue-card--late');
    const chip = within(late).getByRole('timer');
    expect(chip.className).toContain('gh-due--late');
    expect(chip.textContent).toContain('办结超时 3小时');

    const anonymous = cardOf('有人在楼道里飞线充电');
    expect(within(anonymous).getByText('反映人：匿名')).toBeTruthy();
    expect(within(anonymous).getByText('社区级')).toBeTruthy();
    expect(anonymous.className).not.toContain('gh-queue-card--late');

    fireEvent.click(late);
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/complaints/detail/index?id=c-late' });
  });

  it('says so with 重试 when the queue cannot be read, and 重试 loads it', async () => {
    await signIn(profile({ roles: ['resident', 'community_admin'] }));
    let failing = true;
    fakeCloud.on('complaints', 'queue', () =>
      failing ? { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } } : page([queueCard()]),
    );
    renderPage(<ComplaintQueuePage />);

    expect(await screen.findByText('加载失败')).toBeTruthy();
    expect(screen.getByText('系统繁忙，请稍后再试')).toBeTruthy();
    failing = false;
    fireEvent.click(screen.getByText('重试').closest('.nut-button') as HTMLElement);
    expect(await screen.findByText('3单元一楼楼道堆满了纸箱，挡住了消防通道')).toBeTruthy();
    expect(fakeCloud.callsOf('queue')).toHaveLength(2);
  });

  it('lands a department liaison on 待报到 and 待反馈', async () => {
    await signIn(profile({ roles: ['department_liaison'] }));
    fakeCloud.on('complaints', 'queue', (data) =>
      page(data.waiting === 'acknowledge'
        ? [queueCard({ status: 'accepted', level: 'community', summons: [{ departmentId: 'd-property', departmentName: '鑫盛物业', status: 'summoned',
          dueAt: new Date(Date.now() + HOUR).toISOString(), acknowledgedAt: null, reportedAt: null, result: null, photos: [] }] })]
        : []),
    );
    renderPage(<ComplaintQueuePage />);

    const card = (await screen.findByText('3单元一楼楼道堆满了纸箱，挡住了消防通道')).closest('.gh-queue-card') as HTMLElement;
    expect(fakeCloud.callsOf('queue')[0].data).toMatchObject({ waiting: 'acknowledge' });
    expect(within(card).getByText('吹哨：鑫盛物业（待报到）')).toBeTruthy();
    expect(within(card).getByText('鑫盛社区 · 第一网格 · 1号楼')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '待签收' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '待反馈' }));
    expect(await screen.findByText('没有待反馈的诉求')).toBeTruthy();
    expect(fakeCloud.callsOf('queue').at(-1)?.data).toMatchObject({ waiting: 'report' });
  });

  it('shows a street admin the cases escalated to the street, one community at a time when picked', async () => {
    await signIn(profile({ roles: ['street_admin'], communityId: null, gridId: null, buildingId: null }));
    fakeCloud.on('users', 'listOrg', () => ({ ok: true, data: ORG }));
    fakeCloud.on('complaints', 'queue', (data) =>
      page(data.communityId === 'c2' ? [] : [queueCard({ level: 'street', status: 'accepted', waitingFor: 'resolve' })]),
    );
    renderPage(<ComplaintQueuePage />);

    const card = (await screen.findByText('3单元一楼楼道堆满了纸箱，挡住了消防通道')).closest('.gh-queue-card') as HTMLElement;
    expect(fakeCloud.callsOf('queue')[0].data).toEqual({ action: 'queue', level: 'street' });
    expect(within(card).getByText('鑫盛社区 · 第一网格 · 1号楼')).toBeTruthy();
    fireEvent.click(await screen.findByRole('radio', { name: '和平社区' }));
    expect(await screen.findByText('没有上报到街道的诉求')).toBeTruthy();
    expect(fakeCloud.callsOf('queue').at(-1)?.data).toMatchObject({ level: 'street', communityId: 'c2' });
  });

  it('links 管理 into the queue tabs', async () => {
    await signIn(profile({ roles: ['resident', 'grid_worker'] }));
    fakeCloud.on('wishes', 'adminList', () => ({ ok: true, data: { items: [], nextCursor: null } }));
    fakeCloud.on('reports', 'pending', () => ({ ok: true, data: { wishReviews: 0, volunteerApplications: 0, meetingReviews: 0, toAccept: 0, overdue: 0, total: 0 } }));
    renderPage(<AdminPage />);
    fireEvent.click(await screen.findByText('已逾期'));
    await waitFor(() => expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/complaint-admin/queue/index?tab=overdue' }));
  });
});
