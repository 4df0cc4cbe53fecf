import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppTabBar } from '../../src/components/tab-bar/app-tab-bar';
import AdminPage from '../../src/pages/admin/index';
import HomePage from '../../src/pages/home/index';
import MinePage from '../../src/pages/mine/index';
import WishesPage from '../../src/pages/wishes/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation } from './support/taro';
import type { AdminWishCard } from '@contract/wish';
import { wishCard } from './support/wishes';

const streetAdmin = profile({
  openid: 'demo-street-admin',
  name: '周明',
  roles: ['resident', 'street_admin'],
  registered: false,
  communityId: null,
  gridId: null,
  buildingId: null,
  communityName: null,
  gridName: null,
  buildingName: null,
  room: null,
  placedIn: 'street',
  streetName: '云中路街道',
  roleLabel: '街道管理员',
  staffTitle: '云中路街道 · 街道管理员',
});

const communityAdmin = profile({
  openid: 'demo-admin',
  name: '陈静',
  roles: ['resident', 'community_admin'],
  roleLabel: '社区管理员',
  staffTitle: '鑫盛社区 · 社区管理员',
});

/** A card of 全部心愿 as staff receive it: real names beside the masked one. */
function adminCard(overrides: Partial<AdminWishCard> = {}): AdminWishCard {
  return { ...wishCard(), beneficiaryName: '徐德明', requesterName: '徐德明', claimerName: null, ...overrides };
}

function emptyPage() {
  return { ok: true as const, data: { items: [], nextCursor: null, counts: null } };
}

describe('the street admin', () => {
  it('reads 云中路街道 · 街道管理员 on the 工作台, with the street-wide list naming each community', async () => {
    await signIn(streetAdmin);
    fakeCloud.on('reports', 'pending', () => ({ ok: true, data: { wishReviews: 0, volunteerApplications: 0, meetingReviews: 0, toAccept: 0, overdue: 0, total: 0 } }));
    fakeCloud.on('wishes', 'adminList', () => ({
      ok: true,
      data: {
        items: [adminCard({ id: 'w-9', title: '想请人修一下门锁', communityName: '和平社区', beneficiaryName: '李桂兰', requesterName: '刘洋', filedByGridWorker: true })],
        nextCursor: null,
        counts: null,
      },
    }));
    renderPage(<AdminPage />);
    expect(screen.getByText('云中路街道 · 街道管理员')).toBeTruthy();
    const card = (await screen.findByText('想请人修一下门锁')).closest('.gh-admin-wish') as HTMLElement;
    expect(within(card).getByText('李桂兰 · 和平社区 · 第一网格')).toBeTruthy();
    expect(within(card).getByText('刘洋代提交')).toBeTruthy();
  });

  it('is not asked to 登记 on home, the wall or 我的', async () => {
    await signIn(streetAdmin);
    fakeCloud.on('wishes', 'list', () => ({
      ok: true,
      data: { items: [wishCard({ id: 'w-5', title: '想请人陪着散散步', communityName: '和平社区', gridName: '和平一网格' })], nextCursor: null },
    }));
    const home = renderPage(<HomePage />);
    expect(screen.getByText('云中路街道 · 街道管理员')).toBeTruthy();
    expect(screen.queryByText('还没有加入社区')).toBeNull();
    expect(screen.queryByText('去完善信息')).toBeNull();
    home.unmount();

    const wall = renderPage(<WishesPage />);
    expect(await screen.findByText('邻里微心愿')).toBeTruthy();
    expect(screen.queryByText('加入社区，看看邻居的心愿')).toBeNull();
    expect(screen.queryByText('＋ 我要许愿')).toBeNull();
    // The street's wall names the community beside the grid.
    expect(await screen.findByText('徐** · 和平社区 · 和平一网格')).toBeTruthy();
    wall.unmount();

    renderPage(<MinePage />);
    expect(screen.queryByText('立即登记')).toBeNull();
    expect(screen.getByText('云中路街道')).toBeTruthy();
  });
});

describe('管理', () => {
  it('shows on its tab the number of reviews waiting for the caller, and beside each section', async () => {
    await signIn(communityAdmin);
    fakeCloud.on('reports', 'pending', () => ({ ok: true, data: { wishReviews: 3, volunteerApplications: 2, meetingReviews: 0, toAccept: 0, overdue: 0, total: 5 } }));
    fakeCloud.on('wishes', 'adminList', emptyPage);
    renderPage(<AdminPage />);
    const bar = screen.getAllByRole('tablist').find((list) => list.classList.contains('gh-tabbar')) as HTMLElement;
    const adminTab = within(bar).getByText('管理').closest('[role="tab"]') as HTMLElement;
    expect(await within(adminTab).findByText('5')).toBeTruthy();
    expect(within(adminTab).getByLabelText('5项待处理')).toBeTruthy();
    expect(screen.getByLabelText('心愿审核，3项')).toBeTruthy();
    expect(screen.getByLabelText('志愿者审核，2项')).toBeTruthy();
  });

  it('shows no badge when nothing waits, and never asks for a resident', async () => {
    await signIn(profile({ roles: ['resident'] }));
    renderPage(<AppTabBar />);
    expect(fakeCloud.callsOf('pending')).toHaveLength(0);
    expect(document.querySelector('.gh-tabbar__badge')).toBeNull();
  });

  it('全部心愿 shows per-status counts, the filing date, the claimer, the real requester, and searches by title', async () => {
    await signIn(communityAdmin);
    fakeCloud.on('reports', 'pending', () => ({ ok: true, data: { wishReviews: 0, volunteerApplications: 0, meetingReviews: 0, toAccept: 0, overdue: 0, total: 0 } }));
    fakeCloud.on('wishes', 'adminList', (data) => ({
      ok: true,
      data: {
        items: data.q
          ? [adminCard({ id: 'w-2', title: '厨房水龙头漏水', status: 'published' })]
          : [
              adminCard({
                id: 'w-1',
                title: '想有人陪我去医院复查',
                status: 'claimed',
                claimed: true,
                createdAt: '2030-05-11T02:00:00.000Z',
                claimerName: '孙丽',
              }),
            ],
        nextCursor: null,
        counts: {
          all: 12, pending_review: 1, published: 4, rejected: 0, claimed: 2, fulfilled: 0, confirmed: 5, withdrawn: 0, expired: 0,
        },
      },
    }));
    renderPage(<AdminPage />);
    fireEvent.click(screen.getByText('全部心愿'));
    const card = (await screen.findByText('想有人陪我去医院复查')).closest('.gh-admin-wish') as HTMLElement;
    expect(within(card).getByText('徐德明 · 第一网格')).toBeTruthy();
    expect(within(card).getByText('5月11日提交')).toBeTruthy();
    expect(within(card).getByText('认领：孙丽')).toBeTruthy();
    expect(within(card).getByText('已认领')).toBeTruthy();
    const chips = screen.getByRole('radiogroup', { name: '心愿状态' });
    expect(within(chips).getByText('全部 12')).toBeTruthy();
    expect(within(chips).getByText('待认领 4')).toBeTruthy();
    expect(within(chips).getByText('已圆梦 5')).toBeTruthy();
    expect(within(chips).getByText('已过期 0')).toBeTruthy();

    fireEvent.input(screen.getByLabelText('按心愿标题搜索'), { target: { value: ' 水龙头 ' } });
    fireEvent.click(screen.getByLabelText('搜索'));
    expect(await screen.findByText('厨房水龙头漏水')).toBeTruthy();
    expect(fakeCloud.callsOf('adminList').at(-1)?.data).toMatchObject({ q: '水龙头' });
    expect(screen.queryByText('想有人陪我去医院复查')).toBeNull();

    fireEvent.click(screen.getByText(/清除搜索/));
    await waitFor(() => expect(screen.getByText('想有人陪我去医院复查')).toBeTruthy());
  });

  it('a card opens its wish', async () => {
    await signIn(communityAdmin);
    fakeCloud.on('reports', 'pending', () => ({ ok: true, data: { wishReviews: 0, volunteerApplications: 0, meetingReviews: 0, toAccept: 0, overdue: 0, total: 0 } }));
    fakeCloud.on('wishes', 'adminList', () => ({ ok: true, data: { items: [adminCard({ id: 'w-7', title: '想学用智能手机' })], nextCursor: null, counts: null } }));
    renderPage(<AdminPage />);
    fireEvent.click(screen.getByText('全部心愿'));
    fireEvent.click(await screen.findByText('想学用智能手机'));
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/wishes/detail/index?id=w-7' });
  });
});
