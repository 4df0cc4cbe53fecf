import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import AdminPage from '../../src/pages/admin/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { wishCard, wishDetail } from './support/wishes';

function button(scope: HTMLElement, label: string): HTMLElement {
  const element = within(scope).getByText(label).closest('.nut-button');
  if (!(element instanceof HTMLElement)) throw new Error(`no button ${label}`);
  return element;
}

describe('管理: wishes', () => {
  it('lets a community admin approve a waiting wish, and reject another only with a reason', async () => {
    await signIn(profile({ roles: ['resident', 'community_admin'] }));
    fakeCloud.on('wishes', 'adminList', () => ({
      ok: true,
      data: {
        items: [
          wishCard({ id: 'w-coat', title: '想要一件过冬的棉衣', status: 'pending_review', storyExcerpt: '天冷了，想给孩子添一件厚棉衣…' }),
          wishCard({ id: 'w-bag', title: '想要一个新书包', status: 'pending_review' }),
        ],
        nextCursor: null,
      },
    }));
    fakeCloud.on('wishes', 'review', (data) => ({ ok: true, data: wishDetail({ id: String(data.id), status: data.approve ? 'published' : 'rejected' }) }));
    renderPage(<AdminPage />);

    const coat = (await screen.findByText('想要一件过冬的棉衣')).closest('.gh-wish-review') as HTMLElement;
    expect(within(coat).getByText('天冷了，想给孩子添一件厚棉衣…')).toBeTruthy();
    expect(fakeCloud.callsOf('adminList')[0].data).toMatchObject({ status: 'pending_review' });
    fireEvent.click(button(coat, '审核通过'));
    await waitFor(() => expect(screen.queryByText('想要一件过冬的棉衣')).toBeNull());
    expect(fakeCloud.callsOf('review')[0].data).toMatchObject({ id: 'w-coat', approve: true });

    const bag = screen.getByText('想要一个新书包').closest('.gh-wish-review') as HTMLElement;
    fireEvent.click(button(bag, '驳回'));
    fireEvent.click(button(bag, '确认驳回'));
    expect(within(bag).getByText('不通过时请填写理由')).toBeTruthy();
    expect(fakeCloud.callsOf('review')).toHaveLength(1);
    fireEvent.change(bag.querySelector('textarea[name="reason"]') as HTMLTextAreaElement, { target: { value: '请写明孩子的年龄' } });
    fireEvent.click(button(bag, '确认驳回'));
    await waitFor(() => expect(screen.queryByText('想要一个新书包')).toBeNull());
    expect(fakeCloud.callsOf('review')[1].data).toMatchObject({ id: 'w-bag', approve: false, reason: '请写明孩子的年龄' });
    expect(screen.getByText('暂无待审核的心愿')).toBeTruthy();
  });

  it("shows a grid worker their grid's wishes by status, read-only, with 代居民许愿", async () => {
    await signIn(profile({ roles: ['resident', 'grid_worker'], gridName: '第一网格' }));
    fakeCloud.on('wishes', 'adminList', (data) => ({
      ok: true,
      data: {
        items: data.status === 'claimed'
          ? [wishCard({ id: 'w-2', title: '想请人帮忙做几顿饭', status: 'claimed', claimed: true })]
          : [wishCard({ id: 'w-1', title: '想有人陪我去医院复查' }), wishCard({ id: 'w-2', title: '想请人帮忙做几顿饭', status: 'claimed', claimed: true })],
        nextCursor: null,
      },
    }));
    renderPage(<AdminPage />);
    expect(await screen.findByText('第一网格的心愿')).toBeTruthy();
    await screen.findByText('想有人陪我去医院复查');
    expect(screen.getByText('代居民许愿')).toBeTruthy();
    expect(screen.queryByText('审核通过')).toBeNull();
    expect(screen.queryByText('心愿审核')).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: '已认领' }));
    expect(await screen.findByText('想请人帮忙做几顿饭')).toBeTruthy();
    expect(screen.queryByText('想有人陪我去医院复查')).toBeNull();
    expect(fakeCloud.callsOf('adminList').at(-1)?.data).toMatchObject({ status: 'claimed' });
  });
});
