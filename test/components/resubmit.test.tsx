import { fireEvent, screen } from '@testing-library/react';
import type { WishDetail } from '@contract/wish';
import WishDetailPage from '../../src/packages/wishes/detail/index';
import { resubmitWish } from '../../src/services/wishes';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, setRouterParams } from './support/taro';
import { wishDetail } from './support/wishes';

const rejected = (actions: string[]): WishDetail =>
  wishDetail({
    status: 'rejected',
    mine: true,
    filedByGridWorker: false,
    rejectReason: '请写明需要的尺码，修改后重新提交',
    actions: actions as WishDetail['actions'],
  });

async function open(detail: WishDetail) {
  fakeCloud.on('wishes', 'get', () => ({ ok: true, data: detail }));
  setRouterParams({ id: detail.id });
  renderPage(<WishDetailPage />);
  await screen.findByText(detail.story);
}

describe('a rejected wish', () => {
  it('offers 修改后重新提交 when the server allows it, opening the form filled in from this wish', async () => {
    await signIn(profile());
    await open(rejected(['resubmit']));
    expect(screen.getByText('理由：请写明需要的尺码，修改后重新提交')).toBeTruthy();
    fireEvent.click(screen.getByText('修改后重新提交').closest('.nut-button') as HTMLElement);
    expect(navigation).toContainEqual({ method: 'navigateTo', url: '/packages/wishes/new/index?resubmit=w-1' });
  });

  it('offers nothing when the server does not list resubmit (someone else, or not rejected)', async () => {
    await signIn(profile({ openid: 'other' }));
    await open(rejected([]));
    expect(screen.queryByText('修改后重新提交')).toBeNull();
  });

  it('says in the timeline that it was changed and sent again', async () => {
    await signIn(profile());
    const base = wishDetail();
    await open(
      wishDetail({
        status: 'pending_review',
        mine: true,
        timeline: [
          ...base.timeline.slice(0, 1),
          { action: 'wish.rejected', from: 'pending_review', to: 'rejected', actorLabel: '社区', note: '请写明尺码', at: '2030-05-12T02:00:00.000Z' },
          { action: 'wish.resubmitted', from: 'rejected', to: 'pending_review', actorLabel: '居民', note: null, at: '2030-05-13T02:00:00.000Z' },
        ],
      }),
    );
    expect(screen.getByText('居民 修改后重新提交了心愿')).toBeTruthy();
    expect(screen.queryByText('修改后重新提交')).toBeNull();
  });

  it('resubmits through wishes.resubmit with the id and the changed fields', async () => {
    fakeCloud.on('wishes', 'resubmit', () => ({ ok: true, data: wishDetail({ status: 'pending_review' }) }));
    const reply = await resubmitWish({ id: 'w-1', title: '想要一件过冬的棉衣（160码）' });
    expect(reply.ok && reply.data.status).toBe('pending_review');
    expect(fakeCloud.callsOf('resubmit')[0]).toMatchObject({ name: 'wishes', data: { id: 'w-1', title: '想要一件过冬的棉衣（160码）' } });
  });
});
