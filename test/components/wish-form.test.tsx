import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Reply } from '@contract/reply';
import type { WishDetail } from '@contract/wish';
import NewWishPage from '../../src/packages/wishes/new/index';
import { fakeCloud } from './support/fake-cloud';
import { ORG, profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, photoLibrary, setRouterParams } from './support/taro';
import { wishDetail } from './support/wishes';

function type(name: string, value: string) {
  const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!field) throw new Error(`no field ${name}`);
  if (field instanceof HTMLTextAreaElement) fireEvent.change(field, { target: { value } });
  else fireEvent.input(field, { target: { value } });
}

async function pick(label: string, option: string | RegExp) {
  fireEvent.click(screen.getByLabelText(`选择${label}`));
  fireEvent.click(within(await screen.findByRole('dialog')).getByText(option));
}

/** The field (label, control, message) a label belongs to. */
function field(label: string): HTMLElement {
  const element = screen.getByText(label).closest('.gh-field');
  if (!(element instanceof HTMLElement)) throw new Error(`no field labelled ${label}`);
  return element;
}

function submitButton(): HTMLElement {
  const button = screen.getByText(/提交心愿|正在提交…/).closest('.nut-button');
  if (!(button instanceof HTMLElement)) throw new Error('no submit button');
  return button;
}

async function openForm() {
  await signIn(profile());
  renderPage(<NewWishPage />);
  await screen.findByText('说出您的小心愿');
}

async function fillValidWish() {
  type('title', '厨房水龙头漏水');
  type('story', '水龙头一直滴水，想请会修水电的邻居帮忙换一个。');
  await pick('心愿类别', '维修');
  await pick('受助对象', '高龄老人');
}

describe('wish form', () => {
  it('shows Chinese messages next to empty fields and sends nothing', async () => {
    await openForm();
    fireEvent.click(submitButton());

    expect(within(field('心愿标题')).getByText('请填写心愿标题')).toBeTruthy();
    expect(within(field('心愿故事')).getByText('请填写心愿故事')).toBeTruthy();
    expect(within(field('心愿类别')).getByText('请选择心愿类别')).toBeTruthy();
    expect(within(field('受助对象')).getByText('请选择受助对象类型')).toBeTruthy();
    expect(fakeCloud.callsOf('create')).toHaveLength(0);
  });

  it('says when the title is too long, and the counter shows it', async () => {
    await openForm();
    type('title', '想'.repeat(31));
    expect(within(field('心愿标题')).getByText('31/30')).toBeTruthy();
    fireEvent.click(submitButton());
    expect(within(field('心愿标题')).getByText('心愿标题不能超过30个字')).toBeTruthy();
    expect(fakeCloud.callsOf('create')).toHaveLength(0);
  });

  it('sends a valid wish with its photos and opens the filed wish', async () => {
    await openForm();
    fakeCloud.on('wishes', 'create', (data) => ({ ok: true, data: wishDetail({ id: 'w-new', title: String(data.title) }) }));
    await fillValidWish();
    await pick('希望完成时间（选填）', /^一周内（/);
    photoLibrary.next = ['blob:tap-1', 'blob:tap-2'];
    fireEvent.click(screen.getByLabelText('添加照片'));
    await waitFor(() => expect(fakeCloud.uploads).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText('上传中…')).toBeNull());
    fireEvent.click(screen.getByLabelText('删除第1张照片'));
    fireEvent.click(submitButton());

    await waitFor(() => expect(navigation).toContainEqual({ method: 'redirectTo', url: '/packages/wishes/detail/index?id=w-new' }));
    const [call] = fakeCloud.callsOf('create');
    expect(call.data).toMatchObject({ title: '厨房水龙头漏水', category: '维修', beneficiaryType: '高龄老人' });
    expect(call.data.photos).toEqual([`cloud://fake/${fakeCloud.uploads[1]}`]);
    expect(call.data.wantedBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(call.data.onBehalfOf).toBeUndefined();
  });

  it("shows the server's INVALID_INPUT details next to the fields they name", async () => {
    await openForm();
    fakeCloud.on('wishes', 'create', () => ({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: '期望完成日期不能早于今天',
        details: [
          { path: 'wantedBy', message: '期望完成日期不能早于今天' },
          { path: 'story', message: '心愿故事不能超过500个字' },
        ],
      },
    }));
    await fillValidWish();
    fireEvent.click(submitButton());

    await waitFor(() => expect(within(field('希望完成时间（选填）')).getByText('期望完成日期不能早于今天')).toBeTruthy());
    expect(within(field('心愿故事')).getByText('心愿故事不能超过500个字')).toBeTruthy();
    type('story', '改短一些的故事');
    expect(within(field('心愿故事')).queryByText('心愿故事不能超过500个字')).toBeNull();
  });

  it('disables the submit while saving, and a retry reuses the same clientRequestId', async () => {
    await openForm();
    let answer: (reply: Reply<WishDetail>) => void = () => undefined;
    fakeCloud.on('wishes', 'create', () => new Promise<Reply<WishDetail>>((resolve) => (answer = resolve)));
    await fillValidWish();
    fireEvent.click(submitButton());

    await screen.findByText('正在提交…');
    expect(submitButton().classList.contains('nut-button-disabled')).toBe(true);
    fireEvent.click(submitButton());
    expect(fakeCloud.callsOf('create')).toHaveLength(1);

    await act(async () => answer({ ok: false, error: { code: 'INTERNAL', message: '网络连接失败，请检查网络后重试' } }));
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
    expect(submitButton().classList.contains('nut-button-disabled')).toBe(false);

    fakeCloud.on('wishes', 'create', () => ({ ok: true, data: wishDetail({ id: 'w-retried' }) }));
    fireEvent.click(submitButton());
    await waitFor(() => expect(fakeCloud.callsOf('create')).toHaveLength(2));
    const [first, second] = fakeCloud.callsOf('create');
    expect(String(first.data.clientRequestId).length).toBeGreaterThanOrEqual(8);
    expect(second.data.clientRequestId).toBe(first.data.clientRequestId);
  });

  it('lets a grid worker file for a resident of a building in their own grid', async () => {
    await signIn(profile({ roles: ['resident', 'grid_worker'], gridId: 'g1' }));
    fakeCloud.on('users', 'listOrg', () => ({ ok: true, data: ORG }));
    fakeCloud.on('wishes', 'create', () => ({ ok: true, data: wishDetail({ id: 'w-proxy' }) }));
    setRouterParams({ for: 'resident' });
    renderPage(<NewWishPage />);
    await screen.findByText('代居民提交');

    await fillValidWish();
    fireEvent.click(submitButton());
    expect(within(field('居民姓名')).getByText('请填写受助人姓名')).toBeTruthy();
    expect(within(field('所在楼栋')).getByText('请选择受助人所在楼栋')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('选择所在楼栋'));
    const sheet = await screen.findByRole('dialog');
    expect(within(sheet).queryByText('3号楼')).toBeNull();
    fireEvent.click(within(sheet).getByText('2号楼'));
    type('residentName', '徐德明');
    type('residentPhone', '13700000011');
    fireEvent.click(submitButton());

    await waitFor(() => expect(fakeCloud.callsOf('create')).toHaveLength(1));
    expect(fakeCloud.callsOf('create')[0].data.onBehalfOf).toEqual({ name: '徐德明', phone: '13700000011', buildingId: 'b2' });
  });

  it('does not offer filing for others to a resident', async () => {
    await openForm();
    expect(screen.queryByText('代居民许愿')).toBeNull();
    expect(screen.queryByText('代居民提交')).toBeNull();
  });
});
