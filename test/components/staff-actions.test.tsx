import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ComplaintDetail } from '@contract/complaint';
import { followUpInput, reasonInput, rejectInput, requestExtensionInput, resultInput, summonInput } from '@contract/complaint';
import type { ComplaintAction } from '@contract/complaint-labels';
import {
  endOfCommunityDay,
  FOLLOW_UP_NOTE_MAX,
  optionalTextError,
  REASON_MAX,
  REDIRECT_MAX,
  requiredTextError,
  RESULT_MAX,
} from '../../src/components/complaint-handling/handling-rules';
import { ComplaintStaffActions } from '../../src/components/complaint-handling/staff-actions';
import { PageShell } from '../../src/components/page-shell/page-shell';
import { complaintDetail } from './support/complaints';
import { fakeCloud } from './support/fake-cloud';
import { ORG, profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { photoLibrary } from './support/taro';

function detail(actions: ComplaintAction[], overrides: Partial<ComplaintDetail> = {}): ComplaintDetail {
  return complaintDetail({
    excerpt: '3单元一楼楼道堆满了纸箱',
    text: '3单元一楼楼道堆满了纸箱，挡住了消防通道',
    supportCount: 0,
    dueAt: null,
    createdAt: '2030-05-13T02:00:00.000Z',
    reporter: { name: '王秀英', phone: '13800000001', room: '301' },
    mine: false,
    acceptDueAt: null,
    actions,
    timeline: [],
    ...overrides,
  });
}

const done = (data: Record<string, unknown>) => ({ ok: true as const, data: { id: String(data.id), status: 'accepted', level: 'grid' } });

function button(label: string, scope: HTMLElement = document.body): HTMLElement {
  const element = within(scope).getByText(label).closest('.nut-button');
  if (!(element instanceof HTMLElement)) throw new Error(`no button ${label}`);
  return element;
}

function sheet(title: string): HTMLElement {
  return screen.getByRole('dialog', { name: title });
}

function show(actions: ComplaintAction[], onChanged = jest.fn(), overrides: Partial<ComplaintDetail> = {}) {
  renderPage(
    <PageShell>
      <ComplaintStaffActions detail={detail(actions, overrides)} onChanged={onChanged} />
    </PageShell>,
  );
  return onChanged;
}

describe('办理: the staff steps on a case', () => {
  beforeEach(async () => {
    await signIn(profile({ roles: ['resident', 'community_admin'] }));
  });

  it('offers exactly the steps `actions` allows, the resident\'s own aside', () => {
    show(['support', 'accept', 'returnToCommunity', 'reject']);
    const card = screen.getByLabelText('办理');
    expect(Array.from(card.querySelectorAll('.nut-button')).map((element) => element.textContent)).toEqual(['签收', '退单', '不予受理']);
    expect(screen.queryByText('同问')).toBeNull();
  });

  it('renders nothing for a case the caller cannot handle', () => {
    show(['support', 'rate']);
    expect(screen.queryByLabelText('办理')).toBeNull();
  });

  it('签收 in one tap, with one message, and tells the page', async () => {
    fakeCloud.on('complaints', 'accept', done);
    const onChanged = show(['accept']);
    fireEvent.click(button('签收'));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith({ id: 'c-1', status: 'accepted', level: 'grid' }));
    expect(fakeCloud.callsOf('accept')[0].data).toEqual({ action: 'accept', id: 'c-1' });
    expect(screen.getAllByText('已签收，请按时办结')).toHaveLength(1);
  });

  it('a lost race says so once and reloads the case', async () => {
    fakeCloud.on('complaints', 'accept', () => ({ ok: false, error: { code: 'COMPLAINT_ALREADY_ACCEPTED', message: '手慢了，这件诉求已被其他人签收' } }));
    const onChanged = show(['accept']);
    fireEvent.click(button('签收'));
    expect(await screen.findByText('手慢了，这件诉求已被其他人签收')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledWith();
  });

  it('退单 needs a reason before anything is sent', async () => {
    fakeCloud.on('complaints', 'returnToCommunity', done);
    const onChanged = show(['accept', 'returnToCommunity']);
    fireEvent.click(button('退单'));
    const panel = sheet('退单');
    fireEvent.click(button('确认退单', panel));
    expect(within(panel).getByText('请填写退单原因')).toBeTruthy();
    expect(fakeCloud.callsOf('returnToCommunity')).toHaveLength(0);

    fireEvent.change(panel.querySelector('textarea[name="reason"]') as HTMLTextAreaElement, { target: { value: '该楼栋属于第二网格' } });
    expect(within(panel).queryByText('请填写退单原因')).toBeNull();
    fireEvent.click(button('确认退单', panel));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(fakeCloud.callsOf('returnToCommunity')[0].data).toEqual({ action: 'returnToCommunity', id: 'c-1', reason: '该楼栋属于第二网格' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByText('已退单，社区会重新派单')).toHaveLength(1);
  });

  it('吹哨 picks departments from the street\'s list (not those already summoned) and sends them with the note', async () => {
    fakeCloud.on('complaints', 'departments', () => ({
      ok: true,
      data: [
        { id: 'd-property', name: '鑫盛物业', duty: '物业管理', reportLimitMinutes: 120 },
        { id: 'd-power', name: '云中路供电所', duty: '供电抢修', reportLimitMinutes: 120 },
        { id: 'd-police', name: '云中路派出所', duty: '治安', reportLimitMinutes: 30 },
      ],
    }));
    fakeCloud.on('complaints', 'summon', done);
    const onChanged = show(['summon', 'escalate'], jest.fn(), {
      level: 'community',
      summons: [{ departmentId: 'd-police', departmentName: '云中路派出所', status: 'summoned', dueAt: '2030-05-13T04:00:00.000Z',
        acknowledgedAt: null, reportedAt: null, result: null, photos: [] }],
    });
    fireEvent.click(button('吹哨'));
    const panel = sheet('吹哨报到');
    await within(panel).findByRole('checkbox', { name: '鑫盛物业' });
    expect(within(panel).queryByRole('checkbox', { name: '云中路派出所' })).toBeNull();
    expect(within(panel).getByText('物业管理 · 2小时内报到')).toBeTruthy();

    fireEvent.click(button('确认吹哨', panel));
    expect(within(panel).getByText('请选择要吹哨的部门')).toBeTruthy();
    expect(within(panel).getByText('请填写吹哨说明')).toBeTruthy();
    expect(fakeCloud.callsOf('summon')).toHaveLength(0);

    fireEvent.click(within(panel).getByRole('checkbox', { name: '鑫盛物业' }));
    fireEvent.click(within(panel).getByRole('checkbox', { name: '云中路供电所' }));
    fireEvent.click(within(panel).getByRole('checkbox', { name: '云中路供电所' }));
    expect(within(panel).getByRole('checkbox', { name: '鑫盛物业' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.change(panel.querySelector('textarea[name="note"]') as HTMLTextAreaElement, { target: { value: '请物业今天下午到场清理堆物' } });
    fireEvent.click(button('确认吹哨', panel));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(fakeCloud.callsOf('summon')[0].data).toEqual({
      action: 'summon', id: 'c-1', departmentIds: ['d-property'], note: '请物业今天下午到场清理堆物',
    });
    expect(screen.getAllByText('已吹哨，等待部门报到')).toHaveLength(1);
  });

  it('a refusal that names a field is shown at the field, not as a toast', async () => {
    fakeCloud.on('complaints', 'escalate', () => ({
      ok: false,
      error: { code: 'CONTENT_REJECTED', message: '内容含有不当信息，请修改后再提交', details: { field: 'reason', suggest: 'block' } },
    }));
    show(['escalate']);
    fireEvent.click(button('上报'));
    const panel = sheet('上报');
    fireEvent.change(panel.querySelector('textarea[name="reason"]') as HTMLTextAreaElement, { target: { value: '某某词' } });
    fireEvent.click(button('确认上报', panel));
    expect(await within(panel).findByText('这段文字含有不适合发布的内容，请删改后再提交')).toBeTruthy();
    expect(screen.queryByText('内容含有不当信息，请修改后再提交')).toBeNull();
  });

  it('派单 to a grid of the community', async () => {
    fakeCloud.on('users', 'listOrg', () => ({ ok: true, data: ORG }));
    fakeCloud.on('complaints', 'dispatch', done);
    const onChanged = show(['dispatch'], jest.fn(), { status: 'returned' });
    fireEvent.click(button('派单'));
    const panel = sheet('派单');
    await within(panel).findByRole('radiogroup', { name: '派往的网格' });
    fireEvent.click(button('确认派单', panel));
    expect(within(panel).getByText('请选择派往的网格')).toBeTruthy();
    expect(within(panel).queryByRole('radio', { name: '和平一网格' })).toBeNull();
    fireEvent.click(within(panel).getByRole('radio', { name: '第二网格' }));
    fireEvent.click(button('确认派单', panel));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(fakeCloud.callsOf('dispatch')[0].data).toEqual({ action: 'dispatch', id: 'c-1', gridId: 'g2' });
  });

  it('答复办结 with the result and a photo', async () => {
    fakeCloud.on('complaints', 'resolve', done);
    const onChanged = show(['resolve', 'requestExtension', 'escalate'], jest.fn(), { status: 'accepted', waitingFor: 'resolve' });
    fireEvent.click(button('答复办结'));
    const panel = sheet('答复办结');
    fireEvent.click(button('提交办理结果', panel));
    expect(within(panel).getByText('请填写办理结果')).toBeTruthy();
    fireEvent.change(panel.querySelector('textarea[name="result"]') as HTMLTextAreaElement, { target: { value: '已清理楼道堆物，通道恢复畅通' } });
    photoLibrary.next = ['blob:done-1'];
    fireEvent.click(within(panel).getByLabelText('添加照片'));
    await waitFor(() => expect(fakeCloud.uploads).toHaveLength(1));
    await waitFor(() => expect(within(panel).queryByText('上传中…')).toBeNull());
    fireEvent.click(button('提交办理结果', panel));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const sent = fakeCloud.callsOf('resolve')[0].data;
    expect(sent).toMatchObject({ id: 'c-1', result: '已清理楼道堆物，通道恢复畅通' });
    expect(sent.photos).toEqual([`cloud://fake/${fakeCloud.uploads[0]}`]);
  });

  it('回访 asks for a verdict and a note', async () => {
    fakeCloud.on('complaints', 'followUp', done);
    const onChanged = show(['followUp'], jest.fn(), { status: 'closed', waitingFor: 'followUp' });
    fireEvent.click(button('回访'));
    const panel = sheet('回访');
    fireEvent.click(button('提交回访', panel));
    expect(within(panel).getByText('请选择回访结果')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('radio', { name: '基本满意' }));
    fireEvent.change(panel.querySelector('textarea[name="note"]') as HTMLTextAreaElement, { target: { value: '电话回访，居民表示已清理' } });
    fireEvent.click(button('提交回访', panel));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(fakeCloud.callsOf('followUp')[0].data).toEqual({ action: 'followUp', id: 'c-1', satisfied: 'basically', note: '电话回访，居民表示已清理' });
  });
});

describe('the handling fields judge text as the schemas do', () => {
  const samples = ['', '   ', '好', ' 该楼栋属于第二网格 ', '字'.repeat(200), '字'.repeat(201), '𠮷'.repeat(200), '𠮷'.repeat(201), `${'字'.repeat(200)}  `];

  it('a required reason (退单, 上报, 延期, 吹哨说明, 不予受理)', () => {
    for (const value of samples) {
      const client = requiredTextError('原因', REASON_MAX, value) === undefined;
      expect({ value, ok: client }).toEqual({ value, ok: reasonInput.safeParse({ id: 'c-1', reason: value }).success });
      expect({ value, ok: requiredTextError('吹哨说明', REASON_MAX, value) === undefined })
        .toEqual({ value, ok: summonInput.safeParse({ id: 'c-1', departmentIds: ['d-1'], note: value }).success });
    }
  });

  it('a result, a follow-up note and a redirect', () => {
    for (const value of [...samples, '字'.repeat(300), '字'.repeat(301), '字'.repeat(500), '字'.repeat(501)]) {
      expect({ value, ok: requiredTextError('办理结果', RESULT_MAX, value) === undefined })
        .toEqual({ value, ok: resultInput.safeParse({ id: 'c-1', result: value }).success });
      expect({ value, ok: requiredTextError('回访记录', FOLLOW_UP_NOTE_MAX, value) === undefined })
        .toEqual({ value, ok: followUpInput.safeParse({ id: 'c-1', satisfied: 'satisfied', note: value }).success });
      expect({ value, ok: optionalTextError('建议办理渠道', REDIRECT_MAX, value) === undefined })
        .toEqual({ value, ok: rejectInput.safeParse({ id: 'c-1', reason: '不属于受理范围', redirect: value }).success });
    }
  });

  it('the extension\'s until is a datetime the schema takes', () => {
    expect(requestExtensionInput.safeParse({ id: 'c-1', until: endOfCommunityDay(3), reason: '等配件' }).success).toBe(true);
    expect(endOfCommunityDay(0, new Date('2030-05-12T17:00:00.000Z'))).toBe('2030-05-13T23:59:00+08:00');
  });
});
