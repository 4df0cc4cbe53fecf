import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NO_PLACEMENT } from '@contract/org';
import { ERROR_MESSAGES } from '@contract/reply';
import EditProfilePage from '../../src/packages/profile/edit/index';
import { sessionStore } from '../../src/state/session';
import { fakeCloud } from './support/fake-cloud';
import { ORG, profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation } from './support/taro';

const newcomer = profile({ ...NO_PLACEMENT, name: '', phone: null, room: null, registered: false });

function input(name: string): HTMLInputElement {
  const element = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!element) throw new Error(`no input ${name}`);
  return element;
}

function type(name: string, value: string) {
  fireEvent.input(input(name), { target: { value } });
}

async function pick(label: string, option: string) {
  fireEvent.click(screen.getByLabelText(`选择${label}`));
  const sheet = await screen.findByRole('dialog');
  fireEvent.click(within(sheet).getByText(option));
}

/** Registers in 鑫盛社区 第一网格, in the building given. */
async function fillRegistration(fields: { name: string; phone?: string; building: string; room: string }) {
  type('name', fields.name);
  if (fields.phone) type('phone', fields.phone);
  await pick('所在社区', '鑫盛社区');
  await pick('所在网格', '第一网格');
  await pick('所在楼栋', fields.building);
  type('room', fields.room);
}

async function openForm() {
  await signIn(newcomer);
  fakeCloud.on('users', 'listOrg', () => ({ ok: true, data: ORG }));
  renderPage(<EditProfilePage />);
  await screen.findByText('登记个人信息');
}

describe('profile form', () => {
  it('shows the Chinese messages next to each field and sends nothing', async () => {
    await openForm();
    type('phone', '12345');
    fireEvent.click(screen.getByText('保存'));

    expect(await screen.findByText('请填写姓名')).toBeTruthy();
    expect(screen.getByText('请输入11位手机号')).toBeTruthy();
    expect(screen.getByText('请选择所在社区')).toBeTruthy();
    expect(screen.getByText('请选择所在网格')).toBeTruthy();
    expect(screen.getByText('请选择所在楼栋')).toBeTruthy();
    expect(screen.getByText('请填写门牌号')).toBeTruthy();
    expect(fakeCloud.callsOf('updateProfile')).toHaveLength(0);
  });

  it('clears a message once the field is corrected', async () => {
    await openForm();
    fireEvent.click(screen.getByText('保存'));
    await screen.findByText('请填写姓名');
    type('name', '李建国');
    expect(screen.queryByText('请填写姓名')).toBeNull();
  });

  it('offers grids of the chosen community only, and clears them when the community changes', async () => {
    await openForm();
    expect(screen.getByText('请先选择社区')).toBeTruthy();
    await pick('所在社区', '鑫盛社区');
    await pick('所在网格', '第二网格');
    expect(screen.getByText('第二网格')).toBeTruthy();
    await pick('所在社区', '和平社区');
    expect(screen.queryByText('第二网格')).toBeNull();
    fireEvent.click(screen.getByLabelText('选择所在网格'));
    const sheet = await screen.findByRole('dialog');
    expect(within(sheet).getByText('和平一网格')).toBeTruthy();
    expect(within(sheet).queryByText('第一网格')).toBeNull();
  });

  it('saves a valid registration, refreshes the session and goes back', async () => {
    await openForm();
    fakeCloud.on('users', 'updateProfile', (data) => ({
      ok: true,
      data: profile({ name: String(data.name), registered: true, room: String(data.room) }),
    }));
    await fillRegistration({ name: '李建国', phone: '13912345678', building: '2号楼', room: '3单元502' });
    fireEvent.click(screen.getByText('保存'));

    expect(await screen.findByText('已保存')).toBeTruthy();
    const [call] = fakeCloud.callsOf('updateProfile');
    expect(call.data).toMatchObject({
      name: '李建国',
      phone: '13912345678',
      communityId: 'c1',
      gridId: 'g1',
      buildingId: 'b2',
      room: '3单元502',
    });
    expect(sessionStore.get().profile?.name).toBe('李建国');
    expect(navigation).toContainEqual({ method: 'navigateBack', url: undefined });
  });

  it("shows the server's message when saving fails", async () => {
    await openForm();
    fakeCloud.on('users', 'updateProfile', () => ({
      ok: false,
      error: { code: 'COMMUNITY_LOCKED', message: ERROR_MESSAGES.COMMUNITY_LOCKED },
    }));
    await fillRegistration({ name: '李建国', building: '1号楼', room: '101' });
    fireEvent.click(screen.getByText('保存'));

    expect(await screen.findByText(ERROR_MESSAGES.COMMUNITY_LOCKED)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('保存')).toBeTruthy());
    expect(navigation).toHaveLength(0);
  });

  it('offers a retry when the org tree cannot be loaded', async () => {
    await signIn(newcomer);
    let attempts = 0;
    fakeCloud.on('users', 'listOrg', () => {
      attempts += 1;
      return attempts === 1 ? { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } } : { ok: true, data: ORG };
    });
    renderPage(<EditProfilePage />);
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('登记个人信息')).toBeTruthy();
  });
});
