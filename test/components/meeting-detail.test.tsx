import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeetingDetail } from '@contract/meeting';
import { ERROR_MESSAGES } from '@contract/reply';
import ComplaintDetailPage from '../../src/packages/complaints/detail/index';
import MeetingDetailPage from '../../src/packages/meetings/detail/index';
import { complaintDetail } from './support/complaints';
import { fakeCloud } from './support/fake-cloud';
import { meetingDetail, scheduledMeeting } from './support/meetings';
import { profile } from './support/profiles';
import { readGifQr } from './support/read-qr';
import { renderPage, signIn } from './support/render';
import { navigation, setRouterParams } from './support/taro';

/** The cloud answers `get` with each of these in turn (the last one repeats). */
function serve(...details: MeetingDetail[]) {
  let index = 0;
  fakeCloud.on('meetings', 'get', () => {
    const detail = details[Math.min(index, details.length - 1)]!;
    index += 1;
    return { ok: true, data: detail };
  });
}

async function open(detail: MeetingDetail, ...after: MeetingDetail[]) {
  serve(detail, ...after);
  setRouterParams({ id: detail.id });
  renderPage(<MeetingDetailPage />);
  await screen.findByText(detail.background);
}

function button(label: string | RegExp): HTMLElement {
  const element = screen.getAllByText(label).map((node) => node.closest('.nut-button')).find(Boolean);
  if (!(element instanceof HTMLElement)) throw new Error(`no button ${String(label)}`);
  return element;
}

const RESIDENT_STEPS = [/^附议（/, '报名参加议事会', '去不了了？取消报名', '提交评议', '不需要商量了？撤回议题'];

function offered(): string[] {
  return RESIDENT_STEPS.filter((label) => screen.queryAllByText(label).length > 0).map(String);
}

function steps(): Array<{ name: string; state: string }> {
  return within(screen.getByRole('list', { name: '议事进度' }))
    .getAllByRole('listitem')
    .map((item) => ({
      name: item.querySelector('.gh-meeting-steps__name')?.textContent ?? '',
      state: /--(done|current|stopped|todo)/.exec(item.className)?.[1] ?? '',
    }));
}

describe('议题详情', () => {
  beforeEach(async () => {
    await signIn(profile());
  });

  it('draws the five steps up to where the topic stands, with the seconds towards the threshold', async () => {
    await open(meetingDetail({ status: 'community_decision', step: 2, secondCount: 3, threshold: 3 }));
    expect(steps()).toEqual([
      { name: '群众提议', state: 'done' },
      { name: '网格党支部审议', state: 'done' },
      { name: '社区党委决议', state: 'current' },
      { name: '居民议事会', state: 'todo' },
      { name: '居民评议', state: 'todo' },
    ]);
    expect(screen.getByText('附议 3/3 人，已达到')).toBeTruthy();
    expect(screen.getByText('本楼栋 · 1号楼')).toBeTruthy();
    expect(offered()).toEqual([]);
  });

  it('says clearly where a rejected topic stopped, and why', async () => {
    await open(meetingDetail({ status: 'rejected', step: 2, rejectedReason: '小区空地属消防通道，不能安装' }));
    expect(steps().map((step) => step.state)).toEqual(['done', 'done', 'stopped', 'todo', 'todo']);
    expect(screen.getByText('未通过，议题到此结束')).toBeTruthy();
    expect(screen.getByText('理由：小区空地属消防通道，不能安装')).toBeTruthy();
  });

  it('shows the meeting and one\'s check-in code large; 取消报名 asks first, then says so once and reloads', async () => {
    const registered = scheduledMeeting({
      myRegistration: { status: 'registered', waitlistPosition: null, code: 'K7QX2M', checkedIn: false },
      actions: ['cancelRegistration'],
    });
    await open(registered, scheduledMeeting({ actions: ['register'] }));
    const code = screen.getByText('K7QX2M');
    expect(code.className).toContain('gh-meeting-pass__code');
    expect(screen.getByText('您已报名')).toBeTruthy();
    expect(screen.getByText('社区会议室')).toBeTruthy();
    expect(screen.getByText('12人，还剩18个名额')).toBeTruthy();
    expect(offered()).toEqual(['去不了了？取消报名']);

    fakeCloud.on('meetings', 'cancelRegistration', () => ({ ok: true, data: { id: 'm-1', status: 'scheduled' } }));
    fireEvent.click(screen.getByText('去不了了？取消报名'));
    expect(fakeCloud.callsOf('cancelRegistration')).toHaveLength(0);
    fireEvent.click(button('确定取消报名'));
    expect(await screen.findByText('已取消报名')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('K7QX2M')).toBeNull());
    expect(fakeCloud.callsOf('get')).toHaveLength(2);
    expect(offered()).toEqual(['报名参加议事会']);
  });

  it('a waitlisted registration says its place, and shows no QR code to enter with', async () => {
    await open(scheduledMeeting({ myRegistration: { status: 'waitlisted', waitlistPosition: 2, code: 'ABC234', checkedIn: false } }));
    expect(screen.getByText('您在候补名单上（第2位）')).toBeTruthy();
    expect(screen.queryByLabelText('签到二维码')).toBeNull();
  });

  it('the check-in code is also a QR code that reads back as exactly the code', async () => {
    await open(scheduledMeeting({ myRegistration: { status: 'registered', waitlistPosition: null, code: 'K7QX2M', checkedIn: false } }));
    const qr = (await screen.findByLabelText('签到二维码')).querySelector('img') ?? screen.getByLabelText('签到二维码');
    expect(readGifQr(qr.getAttribute('src') ?? '')).toBe('K7QX2M');
  });

  it('once checked in, the QR code is gone', async () => {
    await open(scheduledMeeting({ myRegistration: { status: 'registered', waitlistPosition: null, code: 'P3NW8R', checkedIn: true } }));
    expect(screen.getByText('您已签到')).toBeTruthy();
    expect(screen.queryByLabelText('签到二维码')).toBeNull();
  });

  it('附议 shows one message and the reloaded count', async () => {
    await open(meetingDetail({ actions: ['second', 'withdraw'] }), meetingDetail({ secondCount: 2, seconded: true, actions: [] }));
    expect(offered()).toEqual([String(/^附议（/), '不需要商量了？撤回议题']);
    fakeCloud.on('meetings', 'second', () => ({ ok: true, data: { id: 'm-1', status: 'proposed' } }));
    fireEvent.click(button(/^附议（/));
    expect(await screen.findByText('已附议，议题有进展时会通知您')).toBeTruthy();
    expect(await screen.findByText('附议 2/3 人，还差1人')).toBeTruthy();
    expect(screen.getByText('您已附议这个议题。')).toBeTruthy();
    expect(screen.getAllByRole('status').filter((node) => node.className.includes('gh-meeting-notice'))).toHaveLength(1);
  });

  it('a refusal is one error notice, and the topic is read again to show where it stands', async () => {
    await open(meetingDetail({ actions: ['second'] }));
    const reads = fakeCloud.callsOf('get').length;
    fakeCloud.on('meetings', 'second', () => ({ ok: false, error: { code: 'CANNOT_SECOND_OWN', message: ERROR_MESSAGES.CANNOT_SECOND_OWN } }));
    fireEvent.click(button(/^附议（/));
    const notice = await screen.findByText(ERROR_MESSAGES.CANNOT_SECOND_OWN);
    expect(notice.closest('.gh-meeting-notice')?.className).toContain('gh-meeting-notice--error');
    expect(screen.getAllByRole('status').filter((node) => node.className.includes('gh-meeting-notice'))).toHaveLength(1);
    await waitFor(() => expect(fakeCloud.callsOf('get').length).toBeGreaterThan(reads));
  });

  it('评议 needs a rating, shows a refused comment at its field, then thanks', async () => {
    const evaluating = meetingDetail({
      status: 'evaluating',
      step: 4,
      record: { minutes: '到会居民一致同意', resolution: '在1号楼北侧安装10个充电桩', attendeesCount: 18, at: '2030-05-20T09:00:00.000Z' },
      progress: [{ note: '充电桩已安装完毕', photos: ['cloud://p/1.jpg'], at: '2030-05-25T02:00:00.000Z' }],
      evaluation: { counts: { satisfied: 4, basically: 1, unsatisfied: 1 }, total: 6, satisfactionRate: 5 / 6, opensAt: '2030-05-26T02:00:00.000Z', endsAt: '2030-06-02T02:00:00.000Z' },
      actions: ['evaluate'],
    });
    await open(evaluating, { ...evaluating, actions: [], myEvaluation: 'satisfied' });
    expect(screen.getByText('在1号楼北侧安装10个充电桩')).toBeTruthy();
    expect(screen.getByText('充电桩已安装完毕')).toBeTruthy();
    await waitFor(() => expect(document.querySelectorAll('.gh-photos__image')).toHaveLength(1));
    expect(screen.getByText('共6人评议，满意率 83%')).toBeTruthy();

    fireEvent.click(button('提交评议'));
    expect(screen.getByText('请选择评议结果')).toBeTruthy();
    expect(fakeCloud.callsOf('evaluate')).toHaveLength(0);

    let calls = 0;
    fakeCloud.on('meetings', 'evaluate', () => {
      calls += 1;
      return calls === 1
        ? { ok: false, error: { code: 'CONTENT_REJECTED', message: '内容不合规', details: { field: 'comment', suggest: 'risky' } } }
        : { ok: true, data: { id: 'm-1', status: 'evaluating' } };
    });
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '评议结果' })).getByText('满意'));
    fireEvent.change(document.querySelector('textarea[name="comment"]')!, { target: { value: '一句不合适的话' } });
    fireEvent.click(button(/^提交评议/));
    const field = (await screen.findByText('这段文字含有不适合发布的内容，请删改后再提交')).closest('.gh-field');
    expect(field?.textContent).toContain('说说您的看法');
    expect(screen.queryByText('内容不合规')).toBeNull();
    fireEvent.change(document.querySelector('textarea[name="comment"]')!, { target: { value: '装得很好' } });
    fireEvent.click(button(/^提交评议/));
    expect(await screen.findByText('感谢您的评议')).toBeTruthy();
    expect(fakeCloud.callsOf('evaluate').at(-1)?.data).toMatchObject({ id: 'm-1', rating: 'satisfied', comment: '装得很好' });
    expect(await screen.findByText('您的评议：满意')).toBeTruthy();
  });

  it('撤回 asks first', async () => {
    await open(meetingDetail({ mine: true, actions: ['withdraw'] }), meetingDetail({ status: 'withdrawn', actions: [] }));
    fakeCloud.on('meetings', 'withdraw', () => ({ ok: true, data: { id: 'm-1', status: 'withdrawn' } }));
    fireEvent.click(screen.getByText('不需要商量了？撤回议题'));
    fireEvent.click(button('确定撤回'));
    expect(await screen.findByText('议题已撤回')).toBeTruthy();
    expect(await screen.findByText('已撤回，议题到此结束')).toBeTruthy();
  });

  it('staff of the community get 管理议题', async () => {
    await signIn(profile({ roles: ['resident', 'grid_worker'] }));
    await open(meetingDetail({ roster: [] }));
    fireEvent.click(button('管理议题'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/meeting-admin/manage/index?id=m-1' });
  });

  it('a resident sees no 管理议题', async () => {
    await open(meetingDetail());
    expect(screen.queryByText('管理议题')).toBeNull();
  });
});

describe('a timeline line from another item', () => {
  it('on a complaint, 发起了议事 opens the topic; the reporter may raise one from it', async () => {
    await signIn(profile());
    fakeCloud.on('complaints', 'get', () => ({
      ok: true,
      data: complaintDetail({
        timeline: [
          { action: 'complaint.created', from: null, to: 'submitted', actorLabel: '居民', note: null, at: '2030-05-12T02:00:00.000Z' },
          { action: 'meeting.proposed', link: { itemType: 'meeting', itemId: 'm-7', title: '加装充电桩' }, from: null, to: 'proposed',
            actorLabel: '居民', note: null, at: '2030-05-12T03:00:00.000Z' },
        ],
      }),
    }));
    setRouterParams({ id: 'c-1' });
    renderPage(<ComplaintDetailPage />);
    expect(await screen.findByText(/居民\s+发起了议事/)).toBeTruthy();
    fireEvent.click(screen.getByText('加装充电桩 ›'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/meetings/detail/index?id=m-7' });
    fireEvent.click(button('发起议事'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/meetings/new/index?fromComplaintId=c-1' });
  });
});
