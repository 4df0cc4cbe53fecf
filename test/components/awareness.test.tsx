import { fireEvent, screen, within } from '@testing-library/react';
import PointsPage from '../../src/packages/profile/points/index';
import HomePage from '../../src/pages/home/index';
import MinePage from '../../src/pages/mine/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation } from './support/taro';

describe('unread notices on the home page', () => {
  it('says 您有 N 条新消息 and opens the inbox', async () => {
    fakeCloud.on('inbox', 'unreadCount', () => ({ ok: true, data: { unreadCount: 3 } }));
    await signIn(profile());
    renderPage(<HomePage />);
    const line = await screen.findByRole('button', { name: '您有3条新消息，点击查看' });
    expect(within(line).getByText('您有 3 条新消息')).toBeTruthy();
    fireEvent.click(line);
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/messages/inbox/index' });
  });

  it('shows no line when everything is read', async () => {
    fakeCloud.on('inbox', 'unreadCount', () => ({ ok: true, data: { unreadCount: 0 } }));
    await signIn(profile());
    renderPage(<HomePage />);
    await screen.findByText('我的网格');
    expect(screen.queryByText(/条新消息/)).toBeNull();
  });
});

describe('积分', () => {
  it('opens the points history from 我的', async () => {
    await signIn(profile({ points: 20 }));
    fakeCloud.on('users', 'me', () => ({ ok: true, data: profile({ points: 20 }) }));
    renderPage(<MinePage />);
    fireEvent.click(screen.getByText('我的积分'));
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/profile/points/index' });
    fireEvent.click(screen.getByRole('button', { name: '积分20，查看积分明细' }));
    expect(navigation.filter((entry) => entry.url === '/packages/profile/points/index')).toHaveLength(2);
  });

  it('lists each credit with its wish and date, and a credit opens its wish', async () => {
    // The profile read earlier says 10; the history's balance (read with the lines) is what the page shows.
    const volunteer = profile({ openid: 'v-1', roles: ['resident', 'volunteer'], volunteerStatus: 'approved', points: 10 });
    await signIn(volunteer);
    fakeCloud.on('users', 'pointsHistory', () => ({
      ok: true,
      data: {
        balance: 20,
        items: [
          { id: 'wish.confirmed:w-2', itemType: 'wish', itemId: 'w-2', itemTitle: '楼道灯坏了，想请人帮忙换个灯泡', action: 'wish.confirmed', points: 10, at: '2030-05-16T04:00:00.000Z' },
          { id: 'wish.confirmed:w-1', itemType: 'wish', itemId: 'w-1', itemTitle: '想有人陪我去医院复查', action: 'wish.confirmed', points: 10, at: '2030-05-12T04:00:00.000Z' },
        ],
        nextCursor: null,
      },
    }));
    renderPage(<PointsPage />);
    const first = (await screen.findByText('「楼道灯坏了，想请人帮忙换个灯泡」')).closest('.gh-points__line') as HTMLElement;
    expect(within(first).getByText('+10')).toBeTruthy();
    expect(within(first).getByText('5月16日')).toBeTruthy();
    expect(screen.getByText('「想有人陪我去医院复查」')).toBeTruthy();
    fireEvent.click(first);
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/wishes/detail/index?id=w-2' });
    expect(screen.queryByText('积分是什么？')).toBeNull();
    expect(screen.getByText('20')).toBeTruthy();
  });

  it('explains what points are and how to earn them to a resident who has none', async () => {
    await signIn(profile({ points: 0, volunteerStatus: 'none' }));
    fakeCloud.on('users', 'pointsHistory', () => ({ ok: true, data: { balance: 0, items: [], nextCursor: null } }));
    renderPage(<PointsPage />);
    expect(await screen.findByText('积分是什么？')).toBeTruthy();
    expect(screen.getByText('怎么获得积分？')).toBeTruthy();
    fireEvent.click(screen.getByText('申请成为志愿者').closest('.nut-button') as HTMLElement);
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/profile/volunteer/index' });
  });

  it('says so with 重试 when the history cannot be read', async () => {
    await signIn(profile({ points: 10 }));
    let calls = 0;
    fakeCloud.on('users', 'pointsHistory', () => {
      calls += 1;
      return calls === 1
        ? { ok: false, error: { code: 'TIMEOUT', message: '网络不太好，等了很久没有回应，请稍后重试' } }
        : { ok: true, data: { balance: 0, items: [], nextCursor: null } };
    });
    renderPage(<PointsPage />);
    fireEvent.click((await screen.findByText('重试')).closest('.nut-button') as HTMLElement);
    expect(await screen.findByText('积分是什么？')).toBeTruthy();
  });
});
