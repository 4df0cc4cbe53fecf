import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import MeetingListPage from '../../src/packages/meetings/list/index';
import { fakeCloud } from './support/fake-cloud';
import { meetingCard } from './support/meetings';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation } from './support/taro';

function button(label: string | RegExp, inside: HTMLElement = document.body): HTMLElement {
  const element = within(inside).getAllByText(label).map((node) => node.closest('.nut-button')).find(Boolean);
  if (!(element instanceof HTMLElement)) throw new Error(`no button ${String(label)}`);
  return element;
}

function card(inside: HTMLElement): HTMLElement {
  const found = inside.closest('.gh-meeting-card');
  if (!(found instanceof HTMLElement)) throw new Error('not in a card');
  return found;
}

describe('社区议事: the list', () => {
  beforeEach(async () => {
    await signIn(profile());
  });

  it('shows each topic with its status, step and seconds, and opens it', async () => {
    fakeCloud.on('meetings', 'list', () => ({
      ok: true,
      data: {
        items: [
          meetingCard({ id: 'm-1' }),
          meetingCard({ id: 'm-2', title: '小区东门增设非机动车道', status: 'scheduled', step: 3, scope: 'community', secondCount: 12, threshold: 10,
            startsAt: '2030-05-20T07:00:00.000Z', place: '社区会议室' }),
        ],
        nextCursor: null,
      },
    }));
    renderPage(<MeetingListPage />);
    const first = card(await screen.findByText('1号楼楼下加装电动车充电桩'));
    expect(within(first).getByText('征集附议')).toBeTruthy();
    expect(within(first).getByText('附议 1/3')).toBeTruthy();
    expect(within(first).getByText('第1步 · 群众提议')).toBeTruthy();
    expect(within(first).getByText('本楼栋 · 1号楼')).toBeTruthy();
    const second = card(screen.getByText('小区东门增设非机动车道'));
    expect(within(second).getByText('报名中')).toBeTruthy();
    expect(within(second).getByText('12人附议')).toBeTruthy();
    expect(within(second).getByText('第4步 · 居民议事会')).toBeTruthy();
    expect(within(second).getByText(/议事会：.*社区会议室/)).toBeTruthy();
    fireEvent.click(screen.getByText('小区东门增设非机动车道'));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/meetings/detail/index?id=m-2' });
  });

  it('filters by status and scope, and 我的提议 lists one\'s own', async () => {
    fakeCloud.on('meetings', 'list', () => ({ ok: true, data: { items: [meetingCard()], nextCursor: null } }));
    fakeCloud.on('meetings', 'mine', () => ({ ok: true, data: { items: [meetingCard({ id: 'm-9', title: '我提的议题' })], nextCursor: null } }));
    renderPage(<MeetingListPage />);
    await screen.findByText('1号楼楼下加装电动车充电桩');
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '议题状态' })).getByText('报名中'));
    await waitFor(() => expect(fakeCloud.callsOf('list').at(-1)?.data).toMatchObject({ status: 'scheduled' }));
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '议事范围' })).getByText('本网格'));
    await waitFor(() => expect(fakeCloud.callsOf('list').at(-1)?.data).toMatchObject({ status: 'scheduled', scope: 'grid' }));
    fireEvent.click(screen.getByText('我的提议'));
    expect(await screen.findByText('我提的议题')).toBeTruthy();
    expect(screen.queryByRole('radiogroup', { name: '议题状态' })).toBeNull();
  });

  it('with no topic yet, offers 发起议事; a filter that finds none says so', async () => {
    fakeCloud.on('meetings', 'list', () => ({ ok: true, data: { items: [], nextCursor: null } }));
    renderPage(<MeetingListPage />);
    expect(await screen.findByText('社区里还没有议题')).toBeTruthy();
    fireEvent.click(button('发起议事', screen.getByText('社区里还没有议题').parentElement as HTMLElement));
    expect(navigation.at(-1)).toEqual({ method: 'navigateTo', url: '/packages/meetings/new/index' });
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '议题状态' })).getByText('已办结'));
    expect(await screen.findByText('没有符合条件的议题')).toBeTruthy();
  });

  it('a failed load says why and 重试 loads again', async () => {
    let calls = 0;
    fakeCloud.on('meetings', 'list', () => {
      calls += 1;
      return calls === 1
        ? { ok: false, error: { code: 'INTERNAL', message: '' } }
        : { ok: true, data: { items: [meetingCard()], nextCursor: null } };
    });
    renderPage(<MeetingListPage />);
    expect(await screen.findByText('加载失败')).toBeTruthy();
    expect(screen.getByText('系统繁忙，请稍后再试')).toBeTruthy();
    fireEvent.click(button('重试'));
    expect(await screen.findByText('1号楼楼下加装电动车充电桩')).toBeTruthy();
  });
});
