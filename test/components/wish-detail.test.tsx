import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WishDetail } from '@contract/wish';
import WishDetailPage from '../../src/packages/wishes/detail/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, setRouterParams } from './support/taro';
import { wishDetail } from './support/wishes';

const ACTION_LABELS = ['认领心愿', '取消认领', '完成心愿', '确认完成', '撤回心愿', '审核通过', '驳回'];

/** The cloud answers `get` with each of these in turn (the last one repeats). */
function serve(...details: WishDetail[]) {
  let index = 0;
  fakeCloud.on('wishes', 'get', () => {
    const detail = details[Math.min(index, details.length - 1)];
    index += 1;
    return { ok: true, data: detail };
  });
}

async function open(detail: WishDetail, ...after: WishDetail[]) {
  serve(detail, ...after);
  setRouterParams({ id: detail.id });
  renderPage(<WishDetailPage />);
  await screen.findByText(detail.story);
}

function button(label: string): HTMLElement {
  const element = screen.getByText(label).closest('.nut-button');
  if (!(element instanceof HTMLElement)) throw new Error(`no button ${label}`);
  return element;
}

const volunteer = profile({ openid: 'v-1', name: '孙丽', roles: ['resident', 'volunteer'], volunteerStatus: 'approved' });

describe('wish detail', () => {
  it('offers 认领 to a volunteer when the server allows it, then shows the claimed wish', async () => {
    await signIn(volunteer);
    fakeCloud.on('wishes', 'claim', () => ({ ok: true, data: { id: 'w-1', status: 'claimed', claimExpiresAt: '2030-05-19T02:00:00.000Z' } }));
    await open(
      wishDetail({ actions: ['claim'] }),
      wishDetail({
        status: 'claimed',
        claimed: true,
        holdingClaim: true,
        actions: ['cancelClaim', 'fulfil'],
        claimVolunteerName: '孙丽',
        beneficiary: { openid: null, name: '徐德明', phone: '13700000011', room: '1单元102' },
      }),
    );
    expect(screen.getByText('待认领')).toBeTruthy();
    expect(screen.getByText('认领后请在7天内完成，逾期心愿会重新发布。')).toBeTruthy();
    fireEvent.click(button('认领心愿'));

    expect(await screen.findByText('认领成功！请尽快联系受助人，帮忙实现心愿')).toBeTruthy();
    expect(await screen.findByText('已认领')).toBeTruthy();
    expect(fakeCloud.callsOf('claim')[0].data.id).toBe('w-1');
    expect(screen.getByText('姓名：徐德明')).toBeTruthy();
    // The address in parts that never break inside themselves at 320 px in 长辈模式.
    const address = screen.getByText('住址：').parentElement;
    expect(address?.textContent).toBe('住址：鑫盛小区3号楼1单元102');
    expect(screen.getByText('鑫盛小区3号楼')).toBeTruthy();
    expect(screen.getByText('1单元102')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('拨打电话 13700000011'));
    expect(navigation).toContainEqual({ method: 'makePhoneCall', url: 'tel:13700000011' });
    expect(screen.getByText('完成心愿')).toBeTruthy();
    expect(screen.queryByText('认领心愿')).toBeNull();
  });

  it('shows nothing to act on when the server lists no actions', async () => {
    await signIn(volunteer);
    await open(wishDetail({ status: 'claimed', claimed: true, claimVolunteerName: '赵**', actions: [] }));
    for (const label of ACTION_LABELS) expect(screen.queryByText(label)).toBeNull();
    expect(document.querySelector('.gh-wish-actions')).toBeNull();
    expect(screen.getByText('🙋 赵**')).toBeTruthy();
  });

  it("shows the server's message when another volunteer was faster, and reloads the wish", async () => {
    await signIn(volunteer);
    fakeCloud.on('wishes', 'claim', () => ({
      ok: false,
      error: { code: 'WISH_ALREADY_CLAIMED', message: '手慢了，这个心愿已被其他志愿者认领' },
    }));
    await open(
      wishDetail({ actions: ['claim'] }),
      wishDetail({ status: 'claimed', claimed: true, claimVolunteerName: '赵**', actions: [] }),
    );
    fireEvent.click(button('认领心愿'));

    const shown = await screen.findAllByText('手慢了，这个心愿已被其他志愿者认领');
    expect(shown.length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.queryByText('认领心愿')).toBeNull());
    expect(screen.getByText('已认领')).toBeTruthy();
    expect(fakeCloud.callsOf('get')).toHaveLength(2);
  });

  it('lets the beneficiary confirm with thanks, and shows the points the volunteer received', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'confirm', () => ({ ok: true, data: { id: 'w-1', status: 'confirmed', pointsCredited: 10 } }));
    fakeCloud.on('users', 'me', () => ({ ok: true, data: profile() }));
    await open(
      wishDetail({
        status: 'fulfilled',
        mine: true,
        actions: ['confirm'],
        claimVolunteerName: '孙丽',
        fulfilment: { note: '已陪老人到区医院复查，药也取好了。', photos: [], at: '2030-05-15T06:00:00.000Z' },
      }),
      wishDetail({ status: 'confirmed', mine: true, actions: [], thanks: '谢谢小孙！' }),
    );
    expect(screen.getByText('已陪老人到区医院复查，药也取好了。')).toBeTruthy();
    fireEvent.change(document.querySelector('textarea[name="thanks"]') as HTMLTextAreaElement, { target: { value: '谢谢小孙！' } });
    fireEvent.click(button('确认完成'));

    expect(await screen.findByText('心愿已确认完成，+10积分已发放给志愿者')).toBeTruthy();
    expect(fakeCloud.callsOf('confirm')[0].data).toMatchObject({ id: 'w-1', thanks: '谢谢小孙！' });
    expect(await screen.findByText('已圆梦')).toBeTruthy();
    expect(screen.getByText('“谢谢小孙！”')).toBeTruthy();
    expect(screen.queryByText('确认完成')).toBeNull();
  });

  it('asks before withdrawing, and sends nothing when the user thinks again', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'withdraw', () => ({ ok: true, data: { id: 'w-1', status: 'withdrawn' } }));
    await open(wishDetail({ mine: true, actions: ['withdraw'] }), wishDetail({ status: 'withdrawn', mine: true, actions: [] }));

    fireEvent.click(button('撤回心愿'));
    const sheet = await screen.findByRole('alertdialog');
    expect(within(sheet).getByText('确定撤回这个心愿吗？')).toBeTruthy();
    fireEvent.click(within(sheet).getByText('再想想'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fakeCloud.callsOf('withdraw')).toHaveLength(0);

    fireEvent.click(button('撤回心愿'));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByText('确定撤回'));
    expect(await screen.findByText('已撤回')).toBeTruthy();
    expect(fakeCloud.callsOf('withdraw')).toHaveLength(1);
  });

  it('needs a reason before an admin rejects, and shows the reason afterwards', async () => {
    await signIn(profile({ roles: ['resident', 'community_admin'] }));
    fakeCloud.on('wishes', 'review', (data) => ({ ok: true, data: wishDetail({ status: 'rejected', rejectReason: String(data.reason) }) }));
    await open(
      wishDetail({ status: 'pending_review', actions: ['review'] }),
      wishDetail({ status: 'rejected', rejectReason: '请补充需要的尺码', actions: [] }),
    );
    fireEvent.click(button('驳回'));
    fireEvent.click(button('确认驳回'));
    expect(await screen.findByText('不通过时请填写理由')).toBeTruthy();
    expect(fakeCloud.callsOf('review')).toHaveLength(0);

    fireEvent.change(document.querySelector('textarea[name="reason"]') as HTMLTextAreaElement, { target: { value: '请补充需要的尺码' } });
    fireEvent.click(button('确认驳回'));
    expect(await screen.findByText('理由：请补充需要的尺码')).toBeTruthy();
    expect(fakeCloud.callsOf('review')[0].data).toMatchObject({ approve: false, reason: '请补充需要的尺码' });
  });

  it('tells the story of the wish in the timeline, in words', async () => {
    await signIn(volunteer);
    await open(wishDetail());
    expect(screen.getByText('网格员代居民 提交了心愿')).toBeTruthy();
    expect(screen.getByText('社区 审核通过，心愿已发布')).toBeTruthy();
  });
});
