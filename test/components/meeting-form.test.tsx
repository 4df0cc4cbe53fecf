import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MEETING_BACKGROUND_MAX, MEETING_TITLE_MAX } from '@contract/meeting';
import { BACKGROUND_MAX, TITLE_MAX } from '../../src/components/meeting/meeting-draft';
import NewMeetingPage from '../../src/packages/meetings/new/index';
import { complaintDetail } from './support/complaints';
import { fakeCloud } from './support/fake-cloud';
import { meetingDetail } from './support/meetings';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, setRouterParams } from './support/taro';

function control(name: string): HTMLInputElement | HTMLTextAreaElement {
  const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!element) throw new Error(`no field ${name}`);
  return element;
}

function type(name: string, value: string) {
  const field = control(name);
  if (field instanceof HTMLTextAreaElement) fireEvent.change(field, { target: { value } });
  else fireEvent.input(field, { target: { value } });
}

/** The field (label, control, message) a label belongs to. */
function field(label: string): HTMLElement {
  const element = screen.getAllByText(label).map((node) => node.closest('.gh-field')).find(Boolean);
  if (!(element instanceof HTMLElement)) throw new Error(`no field labelled ${label}`);
  return element;
}

function button(text: string | RegExp): HTMLElement {
  const found = screen.getAllByText(text).map((node) => node.closest('.nut-button')).find(Boolean);
  if (!(found instanceof HTMLElement)) throw new Error(`no button ${String(text)}`);
  return found;
}

function chooseScope(name: RegExp) {
  fireEvent.click(within(screen.getByRole('radiogroup', { name: '议事范围' })).getByText(name));
}

async function openForm() {
  await signIn(profile());
  renderPage(<NewMeetingPage />);
  await screen.findByText('大家的事大家商量');
}

describe('发起议事 form', () => {
  it('keeps the limits of the propose schema', () => {
    expect(TITLE_MAX).toBe(MEETING_TITLE_MAX);
    expect(BACKGROUND_MAX).toBe(MEETING_BACKGROUND_MAX);
  });

  it('shows a message at each missing field and sends nothing; the scopes name one\'s own places', async () => {
    await openForm();
    expect(screen.getByText('本楼栋（1号楼）')).toBeTruthy();
    expect(screen.getByText('本网格（第一网格）')).toBeTruthy();
    expect(screen.getByText('本社区（鑫盛社区）')).toBeTruthy();
    fireEvent.click(button('发起议事'));
    expect(within(field('议题')).getByText('请填写议题')).toBeTruthy();
    expect(within(field('背景说明')).getByText('请填写背景说明')).toBeTruthy();
    expect(within(field('议事范围')).getByText('请选择议事范围')).toBeTruthy();
    expect(fakeCloud.calls.filter((call) => call.name === 'meetings')).toHaveLength(0);
  });

  it('shows the server\'s refusal at its field, and a retry sends the same request id', async () => {
    await openForm();
    type('title', '加装充电桩');
    type('background', '楼道里充电不安全');
    chooseScope(/^本楼栋/);
    let calls = 0;
    fakeCloud.on('meetings', 'propose', () => {
      calls += 1;
      if (calls === 1) return { ok: false, error: { code: 'CONTENT_REJECTED', message: '内容不合规', details: { field: 'background', suggest: 'review' } } };
      if (calls === 2) return { ok: false, error: { code: 'INTERNAL', message: '' } };
      return { ok: true, data: meetingDetail({ id: 'm-5' }) };
    });
    fireEvent.click(button('发起议事'));
    expect(await within(field('背景说明')).findByText('这段文字可能不适合公开展示，请换一种说法后再提交')).toBeTruthy();
    expect(screen.queryByText('内容不合规')).toBeNull();
    type('background', '楼道里给电动车充电有火灾隐患');
    fireEvent.click(button('发起议事'));
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy();
    fireEvent.click(button('发起议事'));
    await waitFor(() => expect(navigation.at(-1)).toEqual({ method: 'redirectTo', url: '/packages/meetings/detail/index?id=m-5' }));
    const sent = fakeCloud.callsOf('propose').map((call) => call.data);
    expect(sent.at(-1)).toMatchObject({ title: '加装充电桩', background: '楼道里给电动车充电有火灾隐患', scope: 'building' });
    expect(sent.at(-1)).not.toHaveProperty('fromComplaintId');
    expect(new Set(sent.map((data) => data.clientRequestId)).size).toBe(1);
    expect(window.localStorage.getItem('gh.draft.u-1.meeting.new')).toBeNull();
  });

  it('keeps what was typed after 返回, and restores it when opened again', async () => {
    await openForm();
    type('title', '小区东门增设非机动车道');
    type('background', '早高峰电动车和行人挤在一起');
    chooseScope(/^本社区/);
    cleanup();

    renderPage(<NewMeetingPage />);
    expect(await screen.findByText('已恢复您上次没有提交的内容')).toBeTruthy();
    expect(control('title').value).toBe('小区东门增设非机动车道');
    expect(control('background').value).toBe('早高峰电动车和行人挤在一起');
    expect(within(screen.getByRole('radiogroup', { name: '议事范围' })).getByRole('radio', { checked: true }).textContent).toContain('本社区');
  });

  it('opened from a complaint, names it and proposes from it', async () => {
    await signIn(profile());
    setRouterParams({ fromComplaintId: 'c-3' });
    fakeCloud.on('complaints', 'get', () => ({ ok: true, data: complaintDetail({ id: 'c-3', category: '停车管理', excerpt: '东门口总有车乱停' }) }));
    fakeCloud.on('meetings', 'propose', () => ({ ok: true, data: meetingDetail({ id: 'm-6' }) }));
    renderPage(<NewMeetingPage />);
    expect(await screen.findByText('📋 停车管理：东门口总有车乱停')).toBeTruthy();
    type('title', '东门规划停车位');
    type('background', '东门口车辆乱停，堵住了消防通道');
    chooseScope(/^本社区/);
    fireEvent.click(button('发起议事'));
    await waitFor(() => expect(fakeCloud.callsOf('propose')).toHaveLength(1));
    expect(fakeCloud.callsOf('propose')[0]!.data).toMatchObject({ fromComplaintId: 'c-3', scope: 'community' });
  });
});
