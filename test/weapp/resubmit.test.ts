import { profile } from '../components/support/profiles';
import { wishDetail } from '../components/support/wishes';
import { bootApp, cloudCalls, mount, navigations, onCloud, waitForText } from './support/harness';

// The resident whose wish was rejected, on the built mini-program.
const resident = profile({ openid: 'wx-resident', name: '王秀英' });

const rejected = wishDetail({
  id: 'w-coat',
  title: '想要一件过冬的棉衣',
  status: 'rejected',
  mine: true,
  filedByGridWorker: false,
  rejectReason: '请写明需要的尺码，修改后重新提交',
  beneficiary: { openid: 'wx-resident', name: '王秀英', phone: '13812345678', room: '2单元301' },
  actions: ['resubmit' as never],
});

beforeAll(() => {
  onCloud('users.login', () => ({ ok: true, data: resident }));
  onCloud('users.me', () => ({ ok: true, data: resident }));
  onCloud('inbox.unreadCount', () => ({ ok: true, data: { unreadCount: 0 } }));
  onCloud('wishes.get', (data) => ({ ok: true, data: { ...rejected, id: String(data.id) } }));
  bootApp();
});

/** The element with this class in the rendered page, as j-component wraps it. */
function find(page: ReturnType<typeof mount>, selector: string) {
  const found = page.root.querySelector(selector);
  if (!found) throw new Error(`no ${selector} in: ${page.text().slice(0, 200)}`);
  return found;
}

describe('weapp: resubmitting a rejected wish', () => {
  it('shows the reason and 修改后重新提交, which opens the filing form for this wish', async () => {
    const page = mount('packages/wishes/detail/index', { id: 'w-coat' });
    await waitForText(page, '修改后重新提交');
    const text = page.text();
    expect(text).toContain('未通过');
    expect(text).toContain('理由：请写明需要的尺码，修改后重新提交');
    expect(text).toContain('王秀英（本人）');
    expect(text).not.toContain('点击拨打');
    expect(cloudCalls.filter((call) => call.name === 'wishes' && call.data.action === 'get').at(-1)?.data.id).toBe('w-coat');

    find(page, '.gh-resubmit__button').dispatchEvent('tap');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(navigations).toContainEqual({ method: 'navigateTo', url: '/packages/wishes/new/index?resubmit=w-coat' });
  });
});

describe('weapp: the filing form opened to resubmit', () => {
  it('is filled in from the rejected wish, shows the reviewer\'s reason, and sends wishes.resubmit', async () => {
    onCloud('wishes.resubmit', (data) => ({ ok: true, data: { ...rejected, id: String(data.id), status: 'pending_review', actions: [] } }));
    const page = mount('packages/wishes/new/index', { resubmit: 'w-coat' });
    await waitForText(page, '审核意见');
    expect(page.text()).toContain('请写明需要的尺码，修改后重新提交');
    // j-component does not serialise an input's value: the title's counter, the choices and the kept date show it.
    const text = page.text();
    expect(text).toContain(`${Array.from(rejected.title).length}/30`);
    expect(text).toContain(`${Array.from(rejected.story).length}/500`);
    expect(text).toContain(rejected.category);
    expect(text).toContain(rejected.beneficiaryType);
    expect(text).toContain('不改（5月20日前）');

    const submit = page.root
      .querySelectorAll('.nut-button')
      .find((button) => (button.dom?.textContent ?? '').includes('修改后重新提交'));
    if (!submit) throw new Error(`no submit button in: ${page.text().slice(0, 300)}`);
    submit.dispatchEvent('tap');
    const deadline = Date.now() + 3000;
    while (!cloudCalls.some((call) => call.data.action === 'resubmit') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const sent = cloudCalls.filter((call) => call.name === 'wishes' && call.data.action === 'resubmit');
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toMatchObject({ id: 'w-coat', title: '想要一件过冬的棉衣', category: rejected.category, beneficiaryType: rejected.beneficiaryType });
  });
});
