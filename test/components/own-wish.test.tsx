import { screen } from '@testing-library/react';
import type { WishDetail } from '@contract/wish';
import WishDetailPage from '../../src/packages/wishes/detail/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { setRouterParams } from './support/taro';
import { wishDetail } from './support/wishes';

async function open(detail: WishDetail) {
  fakeCloud.on('wishes', 'get', () => ({ ok: true, data: detail }));
  setRouterParams({ id: detail.id });
  renderPage(<WishDetailPage />);
  await screen.findByText(detail.story);
}

/** The summary's line about whom the wish is for. */
function factLine(): HTMLElement {
  const label = screen.getByText(/^受助人：/);
  const line = label.parentElement;
  if (!line) throw new Error('no 受助人 line');
  return line;
}

const me = profile({ openid: 'u-1', name: '王秀英' });

describe('the wish as its own person reads it', () => {
  it('names the resident once, in full, with their number and no call button', async () => {
    await signIn(me);
    await open(
      wishDetail({
        mine: true,
        isMine: true,
        filedByMe: true,
        filedByGridWorker: false,
        status: 'pending_review',
        beneficiaryMasked: '王**',
        beneficiary: { openid: 'u-1', name: '王秀英', phone: '13812345678', room: '2单元301' },
        contact: { name: '王秀英', phone: '13812345678', room: '2单元301', buildingName: '1号楼', self: true, callable: false },
      }),
    );
    expect(factLine().textContent).toBe('受助人：王秀英（本人）\u00a0· 第一网格');
    expect(screen.queryByText(/王\*\*/)).toBeNull();
    expect(screen.getAllByText(/王秀英/)).toHaveLength(1);
    expect(screen.getByText('13812345678')).toBeTruthy();
    expect(screen.queryByText('点击拨打')).toBeNull();
    expect(screen.queryByLabelText(/拨打电话/)).toBeNull();
  });

  it('names the neighbour to the grid worker who filed for them, and keeps the call button', async () => {
    await signIn(profile({ openid: 'gw-1', name: '刘洋', roles: ['resident', 'grid_worker'] }));
    await open(
      wishDetail({
        mine: true,
        filedByMe: true,
        filedByGridWorker: true,
        beneficiaryMasked: '徐**',
        beneficiary: { openid: null, name: '徐德明', phone: '13700000011', room: '1单元102' },
        contact: { name: '徐德明', phone: '13700000011', room: '1单元102', buildingName: '鑫盛小区3号楼', self: false, callable: true },
      }),
    );
    expect(factLine().textContent).toBe('受助人：徐德明（您代为提交）\u00a0· 第一网格');
    expect(screen.getByLabelText('拨打电话 13700000011')).toBeTruthy();
  });

  it('shows others the masked name only', async () => {
    await signIn(profile({ openid: 'u-2', name: '李四' }));
    await open(wishDetail({ beneficiaryMasked: '徐**' }));
    expect(factLine().textContent).toBe('受助人：徐**\u00a0· 第一网格');
    expect(document.querySelector('.gh-wish-detail__private')).toBeNull();
  });
});
