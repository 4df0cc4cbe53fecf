import { meetingCard } from '../components/support/meetings';
import { profile } from '../components/support/profiles';
import { bootApp, cloudCalls, tapText, mount, navigations, onCloud, waitForText } from './support/harness';

// 社区议事 on the built mini-program: the list page as WeChat renders it, from dist/weapp.
const resident = profile({ openid: 'wx-resident', name: '王秀英', buildingName: '1号楼' });

beforeAll(() => {
  onCloud('users.login', () => ({ ok: true, data: resident }));
  onCloud('users.me', () => ({ ok: true, data: resident }));
  onCloud('inbox.unreadCount', () => ({ ok: true, data: { unreadCount: 0 } }));
  onCloud('meetings.list', (data) => ({
    ok: true,
    data: {
      items:
        data.status === 'closed'
          ? []
          : [
              meetingCard({ id: 'm-1' }),
              meetingCard({ id: 'm-2', title: '小区东门增设非机动车道', status: 'scheduled', step: 3, scope: 'community', secondCount: 12,
                threshold: 10, startsAt: '2030-05-20T07:00:00.000Z', place: '社区会议室' }),
            ],
      nextCursor: null,
    },
  }));
  bootApp();
});


describe('weapp: 社区议事', () => {
  it('renders the topics the cloud returned, with status, step and seconds', async () => {
    const page = mount('packages/meetings/list/index');
    await waitForText(page, '小区东门增设非机动车道');
    const text = page.text();
    expect(text).toContain('1号楼楼下加装电动车充电桩');
    expect(text).toContain('征集附议');
    expect(text).toContain('附议 1/3');
    expect(text).toContain('第4步 · 居民议事会');
    expect(text).toContain('社区会议室');
    expect(text).toContain('发起议事');
    expect(cloudCalls.some((call) => call.name === 'meetings' && call.data.action === 'list')).toBe(true);
  });

  it('a status chip filters; a card opens its topic', async () => {
    const page = mount('packages/meetings/list/index');
    await waitForText(page, '小区东门增设非机动车道');
    tapText(page, '.gh-chip', '已办结');
    await waitForText(page, '没有符合条件的议题');
    expect(cloudCalls.filter((call) => call.name === 'meetings').at(-1)?.data).toMatchObject({ action: 'list', status: 'closed' });
    tapText(page, '.gh-chip', '全部');
    await waitForText(page, '小区东门增设非机动车道');
    const card = page.root.querySelectorAll('.gh-meeting-card').find((node) => (node.dom?.textContent ?? '').includes('小区东门'));
    if (!card) throw new Error('no card for 小区东门增设非机动车道');
    card.dispatchEvent('tap');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(navigations).toContainEqual({ method: 'navigateTo', url: '/packages/meetings/detail/index?id=m-2' });
  });
});
