import { profile } from '../components/support/profiles';
import { bootApp, cloudCalls, mount, onCloud, waitForText } from './support/harness';

// 随手拍 on the built mini-program: the resident's form as WeChat renders it, from dist/weapp.
const resident = profile({ openid: 'wx-resident', name: '王秀英', buildingName: '1号楼' });

beforeAll(() => {
  onCloud('users.login', () => ({ ok: true, data: resident }));
  onCloud('users.me', () => ({ ok: true, data: resident }));
  onCloud('inbox.unreadCount', () => ({ ok: true, data: { unreadCount: 0 } }));
  bootApp();
});

function buttonWith(page: ReturnType<typeof mount>, text: string) {
  const found = page.root.querySelectorAll('.nut-button').find((button) => (button.dom?.textContent ?? '').trim() === text);
  if (!found) throw new Error(`no button ${text} in: ${page.text().slice(0, 300)}`);
  return found;
}

describe('weapp: 随手拍', () => {
  it('shows the form with the building prefilled, the categories, the urgencies, the switches and the map choice', async () => {
    const page = mount('packages/complaints/new/index');
    await waitForText(page, '随手拍，反映身边的问题');
    const text = page.text();
    expect(text).toContain('拍张照片（选填）');
    for (const category of ['楼道堆物', '消防安全', '飞线充电', '设施维修']) expect(text).toContain(category);
    for (const urgency of ['一般', '紧急', '特急']) expect(text).toContain(urgency);
    expect(text).toContain('🏠 1号楼');
    // The map picker is the mini-program's (chooseLocation); h5 has the building only.
    expect(text).toContain('在地图上选具体位置（选填）');
    expect(text).toContain('匿名反映');
    expect(text).toContain('仅工作人员可见');
  });

  it('says what is missing at its field and sends nothing', async () => {
    const page = mount('packages/complaints/new/index');
    await waitForText(page, '随手拍，反映身边的问题');
    buttonWith(page, '提交').dispatchEvent('tap');
    await waitForText(page, '请选择问题类别');
    expect(page.text()).toContain('请填写问题描述');
    expect(cloudCalls.filter((call) => call.name === 'complaints')).toHaveLength(0);
  });
});
