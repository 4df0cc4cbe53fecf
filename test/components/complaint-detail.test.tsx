import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ComplaintDetail } from '@contract/complaint';
import ComplaintDetailPage from '../../src/packages/complaints/detail/index';
import { complaintDetail, resolvedComplaint } from './support/complaints';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, setRouterParams } from './support/taro';

/** The cloud answers `get` with each of these in turn (the last one repeats). */
function serve(...details: ComplaintDetail[]) {
  let index = 0;
  fakeCloud.on('complaints', 'get', () => {
    const detail = details[Math.min(index, details.length - 1)]!;
    index += 1;
    return { ok: true, data: detail };
  });
}

async function open(detail: ComplaintDetail, ...after: ComplaintDetail[]) {
  serve(detail, ...after);
  setRouterParams({ id: detail.id });
  renderPage(<ComplaintDetailPage />);
  await screen.findByText(detail.text);
}

function button(label: string | RegExp): HTMLElement {
  const element = screen.getAllByText(label).map((node) => node.closest('.nut-button')).find(Boolean);
  if (!(element instanceof HTMLElement)) throw new Error(`no button ${String(label)}`);
  return element;
}

const RESIDENT_STEPS = [/提交评价/, '问题没解决，申请重办', '问题已经解决了？撤回诉求', /^同问（/];

function offered(): string[] {
  return RESIDENT_STEPS.filter((label) => screen.queryAllByText(label).length > 0).map(String);
}

describe('complaint detail', () => {
  beforeEach(async () => {
    await signIn(profile());
  });

  it('shows the status, level, due countdown, reporter, summons, result and timeline', async () => {
    await open(
      resolvedComplaint({
        level: 'community',
        summons: [
          {
            departmentId: 'd1',
            departmentName: '鑫盛物业',
            status: 'reported',
            dueAt: '2030-05-12T06:00:00.000Z',
            acknowledgedAt: '2030-05-12T05:00:00.000Z',
            reportedAt: '2030-05-12T09:00:00.000Z',
            result: '物业已安排保洁清运',
            photos: [],
          },
        ],
      }),
    );
    expect(screen.getByText('待评价')).toBeTruthy();
    expect(screen.getByText('社区处理')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toMatch(/^(评价还剩|⏰)/);
    expect(screen.getByText('王秀英 · 2单元301 · 13812345678')).toBeTruthy();
    expect(screen.getByText('鑫盛物业')).toBeTruthy();
    expect(screen.getByText('已反馈')).toBeTruthy();
    expect(screen.getByText('已联系住户清走纸箱，消防通道畅通。')).toBeTruthy();
    expect(screen.getByText('办理进展')).toBeTruthy();
    expect(screen.getByText(/网格员\s+办理完成并答复/)).toBeTruthy();
  });

  it('hides the reporter when the server gives none', async () => {
    await open(complaintDetail({ reporter: null, mine: false, actions: ['support'] }));
    expect(screen.queryByText('反映人')).toBeNull();
    expect(offered()).toEqual([String(/^同问（/)]);
  });

  it('says so when one has already 同问\'d', async () => {
    await open(complaintDetail({ reporter: null, mine: false, supported: true, actions: [] }));
    expect(screen.getByText('您已同问，办结时会通知您。')).toBeTruthy();
    expect(offered()).toEqual([]);
  });

  it('leads from a merged case to the one it was merged into, and shows the 回访', async () => {
    await open(
      complaintDetail({
        status: 'merged',
        mergedInto: 'c-8',
        waitingFor: null,
        dueAt: null,
        followUp: { dueAt: '2030-05-28T02:00:00.000Z', done: true, satisfied: 'basically', note: '居民说基本解决', at: '2030-05-20T02:00:00.000Z' },
      }),
    );
    expect(screen.getByText('已合并')).toBeTruthy();
    expect(screen.getByText('基本满意')).toBeTruthy();
    fireEvent.click(screen.getByText('查看合并后的诉求 ›'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/complaints/detail/index?id=c-8' });
  });

  it('offers exactly the steps `actions` lists', async () => {
    await open(resolvedComplaint({ actions: ['rate', 'reopen'] }));
    expect(offered()).toEqual([String(/提交评价/), '问题没解决，申请重办']);
  });

  it('offers 撤回 on an open case, through a confirm sheet', async () => {
    fakeCloud.on('complaints', 'withdraw', () => ({ ok: true, data: { id: 'c-1', status: 'withdrawn', level: 'grid' } }));
    await open(complaintDetail({ actions: ['withdraw'] }), complaintDetail({ status: 'withdrawn', actions: [], waitingFor: null, dueAt: null }));
    expect(offered()).toEqual(['问题已经解决了？撤回诉求']);
    fireEvent.click(screen.getByText('问题已经解决了？撤回诉求'));
    const sheet = screen.getByRole('alertdialog', { name: '确定撤回这件诉求吗？' });
    fireEvent.click(within(sheet).getByText('确定撤回'));
    expect(await screen.findByText('诉求已撤回')).toBeTruthy();
    expect(fakeCloud.callsOf('withdraw')[0]!.data).toEqual({ action: 'withdraw', id: 'c-1' });
    expect(await screen.findByText('已撤回')).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('asks for stars before rating, and a good rating closes the case', async () => {
    fakeCloud.on('complaints', 'rate', () => ({ ok: true, data: { id: 'c-1', status: 'closed', level: 'grid' } }));
    await open(resolvedComplaint(), resolvedComplaint({ status: 'closed', actions: [], rating: { rating: 5, comment: '很及时', at: '2030-05-13T03:00:00.000Z' } }));
    fireEvent.click(button(/提交评价/));
    expect(screen.getByText('请选择评价')).toBeTruthy();
    expect(fakeCloud.callsOf('rate')).toHaveLength(0);

    fireEvent.click(screen.getByRole('radio', { name: '5星' }));
    fireEvent.change(document.querySelector('textarea[name="comment"]')!, { target: { value: '很及时' } });
    fireEvent.click(button('提交评价（非常满意）'));
    expect(await screen.findByText('感谢评价，这件诉求已办结')).toBeTruthy();
    expect(fakeCloud.callsOf('rate')[0]!.data).toEqual({ action: 'rate', id: 'c-1', rating: 5, comment: '很及时' });
    expect(await screen.findByText('已办结')).toBeTruthy();
  });

  it('after a rating of 2 or less offers 重办 at once, with its reason', async () => {
    fakeCloud.on('complaints', 'rate', () => ({ ok: true, data: { id: 'c-1', status: 'closed', level: 'grid' } }));
    fakeCloud.on('complaints', 'reopen', () => ({ ok: true, data: { id: 'c-1', status: 'reopened', level: 'grid' } }));
    await open(
      resolvedComplaint(),
      resolvedComplaint({ status: 'closed', actions: ['reopen'], rating: { rating: 2, comment: null, at: '2030-05-13T03:00:00.000Z' } }),
      resolvedComplaint({ status: 'reopened', actions: ['withdraw'], rating: { rating: 2, comment: null, at: '2030-05-13T03:00:00.000Z' } }),
    );
    fireEvent.click(screen.getByRole('radio', { name: '2星' }));
    fireEvent.click(button(/提交评价/));
    expect(await screen.findByText('评价已提交（2星）。对结果不满意，可以申请重办。')).toBeTruthy();
    expect(await screen.findByText('对结果不满意？申请重办')).toBeTruthy();
    const reason = document.querySelector<HTMLTextAreaElement>('textarea[name="reason"]');
    expect(reason).toBeTruthy();

    fireEvent.click(button('申请重办'));
    expect(screen.getByText('请填写重办原因')).toBeTruthy();
    fireEvent.change(reason!, { target: { value: '纸箱只清走了一半' } });
    fireEvent.click(button('申请重办'));
    expect(await screen.findByText('已申请重办，网格员会重新处理')).toBeTruthy();
    expect(fakeCloud.callsOf('reopen')[0]!.data).toEqual({ action: 'reopen', id: 'c-1', reason: '纸箱只清走了一半' });
    expect(await screen.findByText('重办中')).toBeTruthy();
  });

  it('says when a step is refused, and keeps the case on screen', async () => {
    fakeCloud.on('complaints', 'withdraw', () => ({ ok: false, error: { code: 'COMPLAINT_CHANGED', message: '这件诉求刚刚有了新进展，请刷新后再试' } }));
    await open(complaintDetail({ actions: ['withdraw'] }));
    fireEvent.click(screen.getByText('问题已经解决了？撤回诉求'));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByText('确定撤回'));
    expect(await screen.findByText('这件诉求刚刚有了新进展，请刷新后再试')).toBeTruthy();
    expect(screen.getByText(complaintDetail().text)).toBeTruthy();
  });

  it('shows a failed load with 重试, which loads it again', async () => {
    let fail = true;
    fakeCloud.on('complaints', 'get', () =>
      fail ? { ok: false, error: { code: 'INTERNAL', message: '服务开小差了，请稍后再试' } } : { ok: true, data: complaintDetail() },
    );
    setRouterParams({ id: 'c-1' });
    renderPage(<ComplaintDetailPage />);
    expect(await screen.findByText('加载失败')).toBeTruthy();
    fail = false;
    fireEvent.click(button('重试'));
    expect(await screen.findByText(complaintDetail().text)).toBeTruthy();
    await waitFor(() => expect(fakeCloud.callsOf('get')).toHaveLength(2));
  });

  it('says 已不存在 for a case that is gone', async () => {
    fakeCloud.on('complaints', 'get', () => ({ ok: false, error: { code: 'NOT_FOUND', message: '诉求不存在' } }));
    setRouterParams({ id: 'c-x' });
    renderPage(<ComplaintDetailPage />);
    expect(await screen.findByText('已不存在')).toBeTruthy();
  });
});
