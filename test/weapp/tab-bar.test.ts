import { bootApp, mount, onCloud, waitForText } from './support/harness';

let roles: string[] = ['resident'];

function profile() {
  return {
    openid: 'wx-user-2',
    name: '刘海燕',
    phone: null,
    room: null,
    roles,
    volunteerStatus: 'none',
    volunteerReason: null,
    points: 0,
    elderMode: false,
    registered: true,
    streetId: 's',
    communityId: 'c',
    gridId: 'g',
    buildingId: 'b',
    communityName: '鑫盛社区',
    gridName: '第三网格',
    buildingName: '6号楼',
  };
}

beforeAll(() => {
  onCloud('users.login', () => ({ ok: true, data: profile() }));
  onCloud('users.me', () => ({ ok: true, data: profile() }));
  bootApp();
});

describe('weapp custom tab bar', () => {
  it('shows four tabs to a resident', async () => {
    const bar = mount('custom-tab-bar/index');
    await waitForText(bar, '首页');
    expect(bar.text().replace(/\s/g, '')).toBe('首页心愿办事我的');
  });

  it('adds 管理 once the session says the user is a grid worker', async () => {
    roles = ['resident', 'grid_worker'];
    const page = mount('pages/mine/index');
    await waitForText(page, '网格员');
    const bar = mount('custom-tab-bar/index');
    await waitForText(bar, '管理');
    expect(bar.text().replace(/\s/g, '')).toBe('首页心愿办事我的管理');
  });
});
