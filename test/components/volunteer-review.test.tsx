import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserSummary } from '@contract/user';
import AdminPage from '../../src/pages/admin/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';

function applicant(openid: string, name: string): UserSummary {
  return {
    openid,
    name,
    phoneMasked: '139****0001',
    roles: ['resident'],
    volunteerStatus: 'pending',
    volunteerIntro: `${name}：周末有空，会修水电`,
    gridId: 'g1',
    gridName: '第一网格',
    buildingId: 'b1',
    buildingName: '1号楼',
  };
}

function card(name: string): HTMLElement {
  return screen.getByText(name).closest('.gh-review') as HTMLElement;
}

function button(scope: HTMLElement, label: string): HTMLElement {
  return within(scope).getByText(label);
}

describe('管理 · 志愿者审核', () => {
  beforeEach(async () => {
    await signIn(profile({ roles: ['resident', 'community_admin'] }));
    fakeCloud.on('wishes', 'adminList', () => ({ ok: true, data: { items: [], nextCursor: null } }));
    fakeCloud.on('users', 'listMembers', (data) =>
      data.cursor === 'after-qian'
        ? { ok: true, data: { items: [applicant('u-sun', '孙小红')], nextCursor: null } }
        : { ok: true, data: { items: [applicant('u-zhao', '赵大勇'), applicant('u-qian', '钱多多')], nextCursor: 'after-qian' } },
    );
    fakeCloud.on('users', 'reviewVolunteer', (data) => ({ ok: true, data: applicant(String(data.openid), '已审核') }));
    renderPage(<AdminPage />);
    fireEvent.click(await screen.findByText('志愿者审核'));
    await screen.findByText('赵大勇');
  });

  it('approves an applicant, who then leaves the queue; a rejection needs a reason the applicant will read', async () => {
    expect(within(card('赵大勇')).getByText('139****0001')).toBeTruthy();
    fireEvent.click(button(card('赵大勇'), '通过'));
    await waitFor(() => expect(screen.queryByText('赵大勇')).toBeNull());
    expect(fakeCloud.callsOf('reviewVolunteer')[0].data).toMatchObject({ openid: 'u-zhao', approve: true });

    const qian = card('钱多多');
    fireEvent.click(button(qian, '不通过'));
    fireEvent.click(button(qian, '确认不通过'));
    expect(within(qian).getByText('不通过时请填写理由')).toBeTruthy();
    expect(fakeCloud.callsOf('reviewVolunteer')).toHaveLength(1);
    fireEvent.change(qian.querySelector('textarea[name="reason"]') as HTMLTextAreaElement, { target: { value: '请补充可服务时间' } });
    fireEvent.click(button(qian, '确认不通过'));
    await waitFor(() => expect(screen.queryByText('钱多多')).toBeNull());
    expect(fakeCloud.callsOf('reviewVolunteer')[1].data).toMatchObject({ openid: 'u-qian', approve: false, reason: '请补充可服务时间' });
  });

  it('loads the next page of applications on request', async () => {
    fireEvent.click(screen.getByText('加载更多'));
    expect(await screen.findByText('孙小红')).toBeTruthy();
    expect(fakeCloud.callsOf('listMembers').at(-1)?.data).toMatchObject({ volunteerStatus: 'pending', cursor: 'after-qian' });
    expect(screen.getByText('— 没有更多了 —')).toBeTruthy();
  });

  it('keeps an applicant in the queue and says why when the server refuses', async () => {
    fakeCloud.on('users', 'reviewVolunteer', () => ({ ok: false, error: { code: 'NO_PENDING_APPLICATION', message: '该用户没有待审核的志愿者申请' } }));
    fireEvent.click(button(card('赵大勇'), '通过'));
    expect(await screen.findByText('该用户没有待审核的志愿者申请')).toBeTruthy();
    expect(screen.getByText('赵大勇')).toBeTruthy();
  });
});
