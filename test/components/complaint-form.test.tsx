import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { COMPLAINT_TEXT_MAX } from '@contract/complaint';
import { TEXT_MAX } from '../../src/components/complaint/form-draft';
import NewComplaintPage from '../../src/packages/complaints/new/index';
import { complaintCard, complaintDetail } from './support/complaints';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, photoLibrary } from './support/taro';

function type(name: string, value: string) {
  const field = document.querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`);
  if (!field) throw new Error(`no field ${name}`);
  fireEvent.change(field, { target: { value } });
}

/** The field (label, control, message) a label belongs to. */
function field(label: string): HTMLElement {
  const element = screen.getAllByText(label).map((node) => node.closest('.gh-field')).find(Boolean);
  if (!(element instanceof HTMLElement)) throw new Error(`no field labelled ${label}`);
  return element;
}

function button(text: string | RegExp): HTMLElement {
  const found = screen.getByText(text).closest('.nut-button');
  if (!(found instanceof HTMLElement)) throw new Error(`no button ${String(text)}`);
  return found;
}

function chooseCategory(name: string) {
  fireEvent.click(within(screen.getByRole('radiogroup', { name: '问题类别' })).getByText(name));
}

async function openForm() {
  await signIn(profile());
  renderPage(<NewComplaintPage />);
  await screen.findByText('随手拍，反映身边的问题');
}

describe('随手拍 form', () => {
  it('keeps the text limit of the create schema', () => {
    expect(TEXT_MAX).toBe(COMPLAINT_TEXT_MAX);
  });

  it('shows the building from the profile, and a message next to each missing field; nothing is sent', async () => {
    await openForm();
    expect(screen.getByText('🏠 1号楼')).toBeTruthy();
    fireEvent.click(button('提交'));
    expect(within(field('问题类别')).getByText('请选择问题类别')).toBeTruthy();
    expect(within(field('一句话说说问题')).getByText('请填写问题描述')).toBeTruthy();
    expect(fakeCloud.calls.filter((call) => call.name === 'complaints')).toHaveLength(0);
  });

  it('says when the text is too long, and the counter shows it', async () => {
    await openForm();
    chooseCategory('楼道堆物');
    type('text', '堵'.repeat(501));
    expect(within(field('一句话说说问题')).getByText('501/500')).toBeTruthy();
    fireEvent.click(button('提交'));
    expect(within(field('一句话说说问题')).getByText('问题描述不能超过500个字')).toBeTruthy();
    expect(fakeCloud.callsOf('create')).toHaveLength(0);
  });

  it('sends the filing with its photo, building, urgency and switches, then opens the case', async () => {
    await openForm();
    fakeCloud.on('complaints', 'similar', () => ({ ok: true, data: [] }));
    fakeCloud.on('complaints', 'create', () => ({ ok: true, data: complaintDetail({ id: 'c-new' }) }));
    photoLibrary.next = ['blob:snap-1'];
    fireEvent.click(screen.getByLabelText('添加照片'));
    await waitFor(() => expect(fakeCloud.uploads).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText('上传中…')).toBeNull());
    chooseCategory('飞线充电');
    type('text', '  5号楼楼下有人从窗口拉电线给电动车充电  ');
    fireEvent.click(screen.getByText('紧急'));
    fireEvent.click(screen.getByRole('switch', { name: '匿名反映' }));
    fireEvent.click(button('提交'));

    await waitFor(() => expect(fakeCloud.callsOf('create')).toHaveLength(1));
    expect(fakeCloud.callsOf('similar')[0]!.data).toEqual({ action: 'similar', category: '飞线充电', buildingId: 'b1' });
    const sent = fakeCloud.callsOf('create')[0]!.data;
    expect(sent).toEqual({
      action: 'create',
      category: '飞线充电',
      text: '5号楼楼下有人从窗口拉电线给电动车充电',
      photos: [`cloud://fake/${fakeCloud.uploads[0]}`],
      buildingId: 'b1',
      urgency: 'urgent',
      anonymous: true,
      clientRequestId: expect.stringMatching(/^complaint-/),
    });
    expect(fakeCloud.uploads[0]).toMatch(/^wishes\/u-1\//);
    await waitFor(() => expect(navigation.at(-1)).toEqual({ method: 'redirectTo', url: '/packages/complaints/detail/index?id=c-new' }));
    expect(screen.getAllByText('已提交，网格员会尽快处理')).toHaveLength(1);
    expect(window.localStorage.getItem('gh.draft.u-1.complaint.new')).toBeNull();
  });

  it('shows similar open cases first: 同问 one of them instead of filing', async () => {
    await openForm();
    fakeCloud.on('complaints', 'similar', () => ({ ok: true, data: [complaintCard({ id: 'c-7', supportCount: 4 })] }));
    fakeCloud.on('complaints', 'support', () => ({ ok: true, data: { id: 'c-7', status: 'submitted', level: 'grid' } }));
    chooseCategory('楼道堆物');
    type('text', '楼道里堆了很多纸箱');
    fireEvent.click(button('提交'));

    const sheet = await screen.findByRole('dialog', { name: '附近已有相同问题' });
    expect(within(sheet).getByText('附近已有相同问题，点同问即可')).toBeTruthy();
    expect(within(sheet).getByText(/4人同问/)).toBeTruthy();
    expect(within(sheet).getByText(/仍要提交/)).toBeTruthy();
    fireEvent.click(within(sheet).getByText('同问').closest('.nut-button') as HTMLElement);
    await waitFor(() => expect(fakeCloud.callsOf('support')[0]?.data).toEqual({ action: 'support', id: 'c-7' }));
    await waitFor(() => expect(navigation.at(-1)).toEqual({ method: 'redirectTo', url: '/packages/complaints/detail/index?id=c-7' }));
    expect(fakeCloud.callsOf('create')).toHaveLength(0);
  });

  it('files anyway from the similar list, and a retry after a failure reuses the request id', async () => {
    await openForm();
    fakeCloud.on('complaints', 'similar', () => ({ ok: true, data: [complaintCard()] }));
    let answer: 'timeout' | 'ok' = 'timeout';
    fakeCloud.on('complaints', 'create', () =>
      answer === 'timeout' ? { ok: false, error: { code: 'BUSY', message: '系统繁忙，请稍后重试' } } : { ok: true, data: complaintDetail({ id: 'c-9' }) },
    );
    chooseCategory('楼道堆物');
    type('text', '楼道里堆了很多纸箱');
    fireEvent.click(button('提交'));
    fireEvent.click(await screen.findByText(/仍要提交/));
    await waitFor(() => expect(fakeCloud.callsOf('create')).toHaveLength(1));
    expect(await screen.findByText('系统繁忙，请稍后重试')).toBeTruthy();

    answer = 'ok';
    fireEvent.click(button('提交'));
    fireEvent.click(await screen.findByText(/仍要提交/));
    await waitFor(() => expect(fakeCloud.callsOf('create')).toHaveLength(2));
    const [first, second] = fakeCloud.callsOf('create');
    expect(second!.data.clientRequestId).toBe(first!.data.clientRequestId);
  });

  it('shows a refusal that names a field at that field', async () => {
    await openForm();
    fakeCloud.on('complaints', 'similar', () => ({ ok: true, data: [] }));
    fakeCloud.on('complaints', 'create', () => ({
      ok: false,
      error: { code: 'CONTENT_REJECTED', message: '内容不合规', details: { field: 'text', suggest: 'risky' } },
    }));
    chooseCategory('其他');
    type('text', '一句不合适的话');
    fireEvent.click(button('提交'));
    expect(await within(field('一句话说说问题')).findByText('这段文字含有不适合发布的内容，请删改后再提交')).toBeTruthy();
    expect(screen.queryByText('内容不合规')).toBeNull();
  });

  it('keeps what was typed after 返回, and restores it when opened again', async () => {
    await openForm();
    chooseCategory('噪音扰民');
    type('text', '楼上每天半夜装修');
    fireEvent.click(screen.getByText('特急'));
    cleanup();

    renderPage(<NewComplaintPage />);
    expect(await screen.findByText('已恢复您上次没有提交的内容')).toBeTruthy();
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name="text"]')!.value).toBe('楼上每天半夜装修');
    const categories = within(screen.getByRole('radiogroup', { name: '问题类别' }));
    expect(categories.getByRole('radio', { checked: true }).textContent).toBe('噪音扰民');
    const urgency = within(screen.getByRole('radiogroup', { name: '紧急程度' }));
    expect(urgency.getByRole('radio', { checked: true }).textContent).toContain('特急');
  });
});
