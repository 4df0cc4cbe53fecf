import { bootApp, cloudCalls, mount, onCloud, waitForText } from './support/harness';

const profile = {
  openid: 'wx-user-1',
  name: '王秀英',
  phone: '13800000001',
  room: '2单元301',
  roles: ['resident', 'volunteer'],
  volunteerStatus: 'approved',
  volunteerReason: null,
  points: 35,
  elderMode: false,
  registered: true,
  streetId: 'yunzhong',
  communityId: 'xinsheng',
  gridId: 'g1',
  buildingId: 'b1',
  communityName: '鑫盛社区',
  gridName: '第一网格',
  buildingName: '鑫盛小区1号楼',
};

beforeAll(() => {
  onCloud('users.login', () => ({ ok: true, data: profile }));
  onCloud('users.me', () => ({ ok: true, data: profile }));
  bootApp();
});

describe('weapp 我的 page', () => {
  it('renders the profile the cloud returned, phone masked', async () => {
    const page = mount('pages/mine/index');
    await waitForText(page, '王秀英');
    const text = page.text();
    expect(text).toContain('138****0001');
    expect(text).not.toContain('13800000001');
    expect(text).toContain('鑫盛社区 · 第一网格 · 鑫盛小区1号楼 · 2单元301');
    expect(text).toContain('志愿者');
    expect(text).toContain('35');
    expect(cloudCalls.some((call) => call.name === 'users' && call.data.action === 'login')).toBe(true);
  });

  it('has no demo identity picker in the mini-program', async () => {
    const page = mount('pages/mine/index');
    await waitForText(page, '王秀英');
    expect(page.text()).not.toContain('切换演示身份');
  });
});
