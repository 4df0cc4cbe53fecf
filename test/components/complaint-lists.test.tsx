import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import MyComplaintsPage from '../../src/packages/complaints/mine/index';
import ComplaintWallPage from '../../src/packages/complaints/wall/index';
import { complaintCard } from './support/complaints';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation } from './support/taro';

function button(label: string | RegExp, inside: HTMLElement = document.body): HTMLElement {
  const element = within(inside).getAllByText(label).map((node) => node.closest('.nut-button')).find(Boolean);
  if (!(element instanceof HTMLElement)) throw new Error(`no button ${String(label)}`);
  return element;
}

describe('complaint lists', () => {
  beforeEach(async () => {
    await signIn(profile());
  });

  it('我的诉求 shows each case with its status, category and countdown, and opens it', async () => {
    fakeCloud.on('complaints', 'mine', () => ({
      ok: true,
      data: {
        items: [
          complaintCard({ id: 'c-1', dueAt: new Date(Date.now() + 25 * 60_000 + 30_000).toISOString() }),
          complaintCard({ id: 'c-2', status: 'closed', category: '设施维修', excerpt: '路灯不亮', waitingFor: null, dueAt: null }),
        ],
        nextCursor: null,
      },
    }));
    renderPage(<MyComplaintsPage />);
    expect(await screen.findByText('路灯不亮')).toBeTruthy();
    expect(screen.getByText('待签收')).toBeTruthy();
    expect(screen.getByText('已办结')).toBeTruthy();
    expect(screen.getByText(/设施维修/)).toBeTruthy();
    expect(screen.getAllByRole('timer').map((chip) => chip.textContent)).toEqual(['签收还剩 25分钟']);
    fireEvent.click(screen.getByText('路灯不亮'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/complaints/detail/index?id=c-2' });
  });

  it('我的诉求 with nothing filed leads to 随手拍', async () => {
    fakeCloud.on('complaints', 'mine', () => ({ ok: true, data: { items: [], nextCursor: null } }));
    renderPage(<MyComplaintsPage />);
    expect(await screen.findByText('还没有反映过问题')).toBeTruthy();
    fireEvent.click(button('随手拍'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/complaints/new/index' });
  });

  it('the wall filters by category and counts a 同问', async () => {
    fakeCloud.on('complaints', 'list', (data) => ({
      ok: true,
      data: { items: [complaintCard({ id: 'c-5', category: (data.category as never) ?? '楼道堆物', supportCount: 3 })], nextCursor: null },
    }));
    fakeCloud.on('complaints', 'support', () => ({ ok: true, data: { id: 'c-5', status: 'submitted', level: 'grid' } }));
    renderPage(<ComplaintWallPage />);
    await screen.findByText('同问 3');
    const chips = screen.getByRole('radiogroup', { name: '问题类别' });
    expect(within(chips).queryByText('邻里纠纷')).toBeNull();
    fireEvent.click(within(chips).getByText('飞线充电'));
    await waitFor(() => expect(fakeCloud.callsOf('list').at(-1)!.data).toEqual({ action: 'list', category: '飞线充电' }));

    await screen.findByText('同问 3');
    fireEvent.click(button('同问 3'));
    expect(await screen.findByText('已同问 4')).toBeTruthy();
    expect(fakeCloud.callsOf('support')[0]!.data).toEqual({ action: 'support', id: 'c-5' });
    expect(screen.getAllByText('已同问，办结时会通知您')).toHaveLength(1);
    // The tap on 同问 does not open the case.
    expect(navigation).toEqual([]);
  });

  it('the wall shows a failed load with 重试', async () => {
    let fail = true;
    fakeCloud.on('complaints', 'list', () =>
      fail ? { ok: false, error: { code: 'BUSY', message: '系统繁忙，请稍后再试' } } : { ok: true, data: { items: [], nextCursor: null } },
    );
    renderPage(<ComplaintWallPage />);
    expect(await screen.findByText('加载失败')).toBeTruthy();
    fail = false;
    fireEvent.click(button('重试'));
    expect(await screen.findByText('社区里还没有公开的诉求')).toBeTruthy();
  });
});
