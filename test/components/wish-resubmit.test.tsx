import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import NewWishPage from '../../src/packages/wishes/new/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, setRouterParams } from './support/taro';
import { wishDetail } from './support/wishes';

const rejected = wishDetail({
  id: 'w-9',
  status: 'rejected',
  mine: true,
  title: '想请人帮我买菜',
  story: '腿脚不便，想请人每周帮忙买一次菜，电话联系。',
  category: '生活物资',
  beneficiaryType: '独居老人',
  photos: ['cloud://fake/wishes/u-1/20300511/a.jpg'],
  wantedByDay: '2030-05-20',
  rejectReason: '请不要在故事里留电话，修改后重新提交',
  actions: ['resubmit'],
});

function control(name: string): HTMLInputElement | HTMLTextAreaElement {
  const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!element) throw new Error(`no field ${name}`);
  return element;
}

function submitButton(): HTMLElement {
  const button = screen.getByText('修改后重新提交').closest('.nut-button');
  if (!(button instanceof HTMLElement)) throw new Error('no submit button');
  return button;
}

async function openCorrection() {
  await signIn(profile());
  fakeCloud.on('wishes', 'get', () => ({ ok: true, data: rejected }));
  setRouterParams({ resubmit: 'w-9' });
  renderPage(<NewWishPage />);
  await screen.findByText('修改心愿');
}

describe('correcting a rejected wish', () => {
  it('opens the form filled in from the wish, with the reviewer’s reason', async () => {
    await openCorrection();
    expect(screen.getByText('请不要在故事里留电话，修改后重新提交')).toBeTruthy();
    expect((control('title') as HTMLInputElement).value).toBe('想请人帮我买菜');
    expect((control('story') as HTMLTextAreaElement).value).toBe('腿脚不便，想请人每周帮忙买一次菜，电话联系。');
    expect(screen.getByText('不改（5月20日前）')).toBeTruthy();
    expect(screen.getByText('照片（选填）（1/6）')).toBeTruthy();
  });

  it('sends the corrected fields to wishes.resubmit, keeping the date, and goes back to the wish', async () => {
    await openCorrection();
    fakeCloud.on('wishes', 'resubmit', () => ({ ok: true, data: { ...rejected, status: 'pending_review', actions: [] } }));
    fireEvent.change(control('story'), { target: { value: '腿脚不便，想请人每周帮忙买一次菜。' } });
    fireEvent.click(submitButton());

    await waitFor(() => expect(fakeCloud.callsOf('resubmit')).toHaveLength(1));
    expect(fakeCloud.callsOf('resubmit')[0].data).toEqual({
      action: 'resubmit',
      id: 'w-9',
      title: '想请人帮我买菜',
      story: '腿脚不便，想请人每周帮忙买一次菜。',
      category: '生活物资',
      beneficiaryType: '独居老人',
      photos: ['cloud://fake/wishes/u-1/20300511/a.jpg'],
    });
    await waitFor(() => expect(navigation).toContainEqual({ method: 'navigateBack', url: undefined }));
    expect(screen.getByText('已重新提交，等待社区审核')).toBeTruthy();
  });

  it('不限时间 takes the date away', async () => {
    await openCorrection();
    fakeCloud.on('wishes', 'resubmit', () => ({ ok: true, data: rejected }));
    fireEvent.click(screen.getByLabelText('选择希望完成时间（选填）'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByText('不限时间'));
    fireEvent.click(submitButton());
    await waitFor(() => expect(fakeCloud.callsOf('resubmit')).toHaveLength(1));
    expect(fakeCloud.callsOf('resubmit')[0].data.wantedBy).toBeNull();
  });

  it('a content refusal of the story is shown at the story', async () => {
    await openCorrection();
    fakeCloud.on('wishes', 'resubmit', () => ({
      ok: false,
      error: { code: 'CONTENT_REJECTED', message: '内容含有不当信息，请修改后再提交', details: { field: 'story', suggest: 'risky' } },
    }));
    fireEvent.click(submitButton());
    const story = screen.getByText('心愿故事').closest('.gh-field') as HTMLElement;
    expect(await within(story).findByText('这段文字含有不适合发布的内容，请删改后再提交')).toBeTruthy();
  });

  it('a wish that no longer needs correcting says so, with 返回', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'get', () => ({ ok: true, data: { ...rejected, status: 'pending_review', actions: [] } }));
    setRouterParams({ resubmit: 'w-9' });
    renderPage(<NewWishPage />);
    expect(await screen.findByText('这个心愿不需要再修改')).toBeTruthy();
    expect(screen.queryByText('修改后重新提交')).toBeNull();
  });

  it('a wish that is gone shows 已不存在', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'get', () => ({ ok: false, error: { code: 'NOT_FOUND', message: '内容不存在或已被删除' } }));
    setRouterParams({ resubmit: 'w-gone' });
    renderPage(<NewWishPage />);
    expect(await screen.findByText('已不存在')).toBeTruthy();
  });
});
