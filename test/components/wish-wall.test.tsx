import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { WishCard } from '../../src/components/wish/wish-card';
import WishesPage from '../../src/pages/wishes/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { firePageEvent, navigation } from './support/taro';
import { wishCard, wishDetail } from './support/wishes';

function card(title: string) {
  return screen.getByRole('button', { name: title });
}

describe('wish wall', () => {
  it('shows each card with its masked name, days left and a claimed badge on claimed ones only', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'list', () => ({
      ok: true,
      data: {
        items: [
          wishCard({ id: 'w-1', title: '想有人陪我去医院复查', daysLeft: 6 }),
          wishCard({ id: 'w-2', title: '厨房水龙头漏水', category: '维修', beneficiaryMasked: '王**', daysLeft: 0 }),
          wishCard({ id: 'w-3', title: '想请人帮忙做几顿饭', status: 'claimed', claimed: true, wantedBy: null, daysLeft: null }),
        ],
        nextCursor: null,
      },
    }));
    renderPage(<WishesPage />);
    await screen.findByText('厨房水龙头漏水');

    const first = within(card('想有人陪我去医院复查'));
    expect(first.getByText('徐** · 第一网格')).toBeTruthy();
    expect(first.getByText('还剩6天')).toBeTruthy();
    expect(first.getByText('独居老人')).toBeTruthy();
    expect(first.queryByText('已认领')).toBeNull();

    const second = within(card('厨房水龙头漏水'));
    expect(second.getByText('今天截止')).toBeTruthy();
    expect(second.getByText('王** · 第一网格')).toBeTruthy();

    const third = within(card('想请人帮忙做几顿饭'));
    expect(third.getByText('已认领')).toBeTruthy();
    expect(third.queryByText(/还剩|截止/)).toBeNull();
    expect(screen.getByText('— 没有更多了 —')).toBeTruthy();
  });

  it('never draws a phone, a room or a real name, even when handed a full detail', () => {
    const detail = wishDetail({
      beneficiary: { openid: null, name: '徐德明', phone: '13700000011', room: '1单元102' },
      claimVolunteerName: '赵志强',
    });
    renderPage(<WishCard card={detail} onOpen={() => undefined} />);
    const text = document.body.textContent ?? '';
    expect(text).toContain('徐**');
    expect(text).not.toContain('徐德明');
    expect(text).not.toContain('13700000011');
    expect(text).not.toContain('1单元102');
    expect(text).not.toContain('赵志强');
  });

  it('filters by category and beneficiary type, and opens a wish on tap', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'list', (data) => ({
      ok: true,
      data: { items: [wishCard({ id: `w-${String(data.category ?? 'all')}`, title: `心愿-${String(data.category ?? '全部')}` })], nextCursor: null },
    }));
    renderPage(<WishesPage />);
    await screen.findByText('心愿-全部');

    fireEvent.click(screen.getByRole('radio', { name: '维修' }));
    await screen.findByText('心愿-维修');
    expect(fakeCloud.callsOf('list').at(-1)?.data).toMatchObject({ category: '维修' });

    fireEvent.click(screen.getByLabelText('选择受助对象'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByText('留守儿童'));
    await waitFor(() => expect(fakeCloud.callsOf('list').at(-1)?.data).toMatchObject({ category: '维修', beneficiaryType: '留守儿童' }));

    fireEvent.click(await screen.findByText('心愿-维修'));
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/wishes/detail/index?id=w-%E7%BB%B4%E4%BF%AE' });
  });

  it('loads the next page when the user reaches the bottom', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'list', (data) =>
      data.cursor
        ? { ok: true, data: { items: [wishCard({ id: 'w-21', title: '第二页的心愿' })], nextCursor: null } }
        : { ok: true, data: { items: [wishCard({ id: 'w-1', title: '第一页的心愿' })], nextCursor: 'c-20' } },
    );
    renderPage(<WishesPage />);
    await screen.findByText('第一页的心愿');
    act(() => firePageEvent('reachBottom'));
    await screen.findByText('第二页的心愿');
    expect(fakeCloud.callsOf('list').at(-1)?.data.cursor).toBe('c-20');
    expect(screen.getByText('第一页的心愿')).toBeTruthy();
  });

  it('invites the first wish when the wall is empty, and offers 代居民许愿 to grid workers', async () => {
    await signIn(profile({ roles: ['resident', 'grid_worker'] }));
    fakeCloud.on('wishes', 'list', () => ({ ok: true, data: { items: [], nextCursor: null } }));
    renderPage(<WishesPage />);
    expect(await screen.findByText('还没有心愿，来发布第一个吧')).toBeTruthy();
    fireEvent.click(screen.getByText('代居民许愿'));
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/wishes/new/index?for=resident' });
  });

  it('offers 代居民许愿 to building leaders too', async () => {
    await signIn(profile({ roles: ['resident', 'building_leader'] }));
    fakeCloud.on('wishes', 'list', () => ({ ok: true, data: { items: [], nextCursor: null } }));
    renderPage(<WishesPage />);
    expect(await screen.findByText('代居民许愿')).toBeTruthy();
  });

  it('shows no 代居民许愿 to a resident', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'list', () => ({ ok: true, data: { items: [], nextCursor: null } }));
    renderPage(<WishesPage />);
    await screen.findByText('还没有心愿，来发布第一个吧');
    expect(screen.getByText('＋ 我要许愿')).toBeTruthy();
    expect(screen.queryByText('代居民许愿')).toBeNull();
  });

  it('offers a retry when the wall cannot be loaded', async () => {
    await signIn(profile());
    let attempts = 0;
    fakeCloud.on('wishes', 'list', () => {
      attempts += 1;
      return attempts === 1
        ? { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
        : { ok: true, data: { items: [wishCard()], nextCursor: null } };
    });
    renderPage(<WishesPage />);
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('想有人陪我去医院复查')).toBeTruthy();
  });
});
