import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MeetingDetail } from '@contract/meeting';
import MeetingCheckInPage from '../../src/packages/meeting-admin/check-in/index';
import MeetingManagePage from '../../src/packages/meeting-admin/manage/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { setRouterParams } from './support/taro';

function detail(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    id: 'm1', title: '楼下加装电动车充电桩', excerpt: '电动车在楼道充电不安全', scope: 'building', status: 'grid_review', step: 1,
    proposerName: '王秀英', communityName: '鑫盛社区', gridName: '第一网格', buildingName: '1号楼', secondCount: 3, threshold: 3,
    startsAt: null, place: null, fromComplaintId: null, proposedAt: new Date(Date.now() - 86400000).toISOString(),
    background: '电动车在楼道充电不安全，希望在楼下加装充电桩。', fromComplaint: null, mine: false, seconded: false,
    lapsesAt: new Date(Date.now() + 86400000).toISOString(), review: null, decision: null, meeting: null, myRegistration: null,
    roster: [], record: null, progress: [], evaluation: null, myEvaluation: null, rejectedReason: null, closedAt: null,
    actions: ['gridReview'], timeline: [],
    ...overrides,
  };
}

const admin = profile({ roles: ['resident', 'grid_worker', 'community_admin'] });

describe('议事管理: one topic', () => {
  it('shows only the steps the server allows, and a grid review rejection needs a note', async () => {
    await signIn(admin);
    setRouterParams({ id: 'm1' });
    fakeCloud.on('meetings', 'get', () => ({ ok: true, data: detail() }));
    fakeCloud.on('meetings', 'gridReview', () => ({ ok: true, data: { id: 'm1', status: 'rejected' } }));
    renderPage(<MeetingManagePage />);

    expect(await screen.findByText('网格党支部审议')).toBeTruthy();
    expect(screen.queryByText('社区党委决议')).toBeNull();
    expect(screen.queryByText('会议纪要')).toBeNull();
    expect(screen.queryByText('开启居民评议')).toBeNull();

    fireEvent.click(screen.getByText('不通过'));
    expect(await screen.findByText('不通过须写明理由，提议人会看到')).toBeTruthy();
    expect(fakeCloud.callsOf('gridReview')).toHaveLength(0);
  });
});

describe('议事会签到', () => {
  it('normalises the typed code, names the holder, and says CHECK_IN_CODE_UNKNOWN in Chinese', async () => {
    await signIn(admin);
    setRouterParams({ id: 'm1' });
    const meeting = { startsAt: new Date(Date.now() + 3600000).toISOString(), place: '社区会议室', capacity: 30,
      registrationClosesAt: new Date(Date.now() + 3600000).toISOString(), registeredCount: 12, waitlistCount: 0, checkedInCount: 4 };
    fakeCloud.on('meetings', 'get', () => ({ ok: true, data: detail({ status: 'scheduled', step: 3, meeting, actions: ['checkIn'] }) }));
    fakeCloud.on('meetings', 'checkIn', (data) =>
      data.code === 'ABC234'
        ? { ok: true, data: { id: 'm1', status: 'scheduled', name: '李建国', checkedInCount: 5 } }
        : { ok: false, error: { code: 'CHECK_IN_CODE_UNKNOWN', message: '签到码不正确，请核对后再输入' } });
    renderPage(<MeetingCheckInPage />);

    const input = (await screen.findByLabelText('签到码')).querySelector('input') ?? (await screen.findByLabelText('签到码'));
    fireEvent.input(input, { target: { value: 'ab c2 34' } });
    fireEvent.click(screen.getByText('签到'));
    expect(await screen.findByText('李建国 已签到')).toBeTruthy();
    expect(fakeCloud.callsOf('checkIn')[0].data).toMatchObject({ id: 'm1', code: 'ABC234' });
    expect(screen.getByText('已签到 5 / 12')).toBeTruthy();

    fireEvent.input(input, { target: { value: 'zzzzzz' } });
    fireEvent.click(screen.getByText('签到'));
    expect(await screen.findByText('签到码不正确，请核对后再输入')).toBeTruthy();
    await waitFor(() => expect(fakeCloud.callsOf('checkIn')).toHaveLength(2));
  });
});
