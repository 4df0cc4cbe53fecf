import { fireEvent, screen } from '@testing-library/react';
import type { MeetingCard, MeetingDetail } from '@contract/meeting';
import MeetingManagePage from '../../src/packages/meeting-admin/manage/index';
import MeetingQueuePage from '../../src/packages/meeting-admin/queue/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { setRouterParams } from './support/taro';
import { fieldDomId } from '../../src/hooks/use-field-focus';

const card: MeetingCard = {
  id: 'm1', title: '楼下加装电动车充电桩', excerpt: '电动车在楼道充电不安全', scope: 'building', status: 'grid_review', step: 1,
  proposerName: '王秀英', communityName: '鑫盛社区', gridName: '第一网格', buildingName: '1号楼', secondCount: 3, threshold: 3,
  startsAt: null, place: null, fromComplaintId: null, proposedAt: new Date().toISOString(),
};

const admin = profile({ roles: ['resident', 'community_admin'] });

describe('议事管理: the queue', () => {
  it('lists a tab by its status, says when a tab is empty, and offers 重试 after an error', async () => {
    await signIn(admin);
    let fail = false;
    fakeCloud.on('meetings', 'list', (data) =>
      fail ? { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
        : { ok: true, data: { items: data.status === 'grid_review' ? [card] : [], nextCursor: null } });
    renderPage(<MeetingQueuePage />);

    expect(await screen.findByText('楼下加装电动车充电桩')).toBeTruthy();
    expect(screen.getByText('3人附议')).toBeTruthy();
    expect(screen.getByText('提议人：王秀英')).toBeTruthy();
    expect(fakeCloud.callsOf('list')[0].data).toMatchObject({ status: 'grid_review' });

    fireEvent.click(screen.getByRole('tab', { name: '待决议' }));
    expect(await screen.findByText('没有待决议的议题')).toBeTruthy();
    expect(fakeCloud.callsOf('list').at(-1)?.data).toMatchObject({ status: 'community_decision' });

    fail = true;
    fireEvent.click(screen.getByRole('tab', { name: '已排会' }));
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('没有已排会的议题')).toBeTruthy();
  });
});

describe('社区党委决议', () => {
  it('checks the plan on the client, and shows the server issue on meeting.startsAt at the 开会时间 field', async () => {
    await signIn(admin);
    setRouterParams({ id: 'm1' });
    const detail = { ...card, status: 'community_decision', step: 2, actions: ['decide'], background: '背景', fromComplaint: null, mine: false,
      seconded: false, lapsesAt: card.proposedAt, review: null, decision: null, meeting: null, myRegistration: null, roster: [], record: null,
      progress: [], evaluation: null, myEvaluation: null, rejectedReason: null, closedAt: null, timeline: [] } as MeetingDetail;
    fakeCloud.on('meetings', 'get', () => ({ ok: true, data: detail }));
    fakeCloud.on('meetings', 'decide', () => ({ ok: false, error: { code: 'INVALID_INPUT', message: '填写的内容有误',
      details: [{ path: 'meeting.startsAt', message: '开会时间须晚于现在' }] } }));
    renderPage(<MeetingManagePage />);

    await screen.findByText('社区党委决议');
    fireEvent.change(screen.getByLabelText('开会时间日期'), { target: { value: '2020-01-01' } });
    fireEvent.click(screen.getByText('决议并发布议事会'));
    expect(await screen.findByText('开会时间须晚于现在')).toBeTruthy();
    expect(screen.getByText('请填写开会地点')).toBeTruthy();
    expect(fakeCloud.callsOf('decide')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('开会时间日期'), { target: { value: '2099-01-01' } });
    const place = document.getElementById(fieldDomId('place'))?.querySelector('input') as HTMLInputElement;
    fireEvent.input(place, { target: { value: '社区会议室' } });
    fireEvent.click(screen.getByText('决议并发布议事会'));
    expect(screen.queryByText('开会时间须晚于现在')).toBeNull();
    fireEvent.click(await screen.findByText('确认'));
    expect(await screen.findByText('开会时间须晚于现在')).toBeTruthy();
    expect(fakeCloud.callsOf('decide')[0].data).toMatchObject({ approve: true, meeting: { startsAt: '2099-01-01T19:00:00+08:00', place: '社区会议室', capacity: 50 } });
  });
});
