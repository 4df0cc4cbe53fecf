import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NO_PLACEMENT } from '@contract/org';
import EditProfilePage from '../../src/packages/profile/edit/index';
import NewWishPage from '../../src/packages/wishes/new/index';
import { fakeCloud } from './support/fake-cloud';
import { ORG, profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, photoLibrary, scrolls } from './support/taro';
import { wishDetail } from './support/wishes';

function control(name: string): HTMLInputElement | HTMLTextAreaElement {
  const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!element) throw new Error(`no field ${name}`);
  return element;
}

function type(name: string, value: string) {
  const field = control(name);
  if (field instanceof HTMLTextAreaElement) fireEvent.change(field, { target: { value } });
  else fireEvent.input(field, { target: { value } });
}

async function pick(label: string, option: string) {
  fireEvent.click(screen.getByLabelText(`选择${label}`));
  fireEvent.click(within(await screen.findByRole('dialog')).getByText(option));
}

function field(label: string): HTMLElement {
  const element = screen.getByText(label).closest('.gh-field');
  if (!(element instanceof HTMLElement)) throw new Error(`no field labelled ${label}`);
  return element;
}

function button(text: string): HTMLElement {
  const element = screen.getByText(text).closest('.nut-button');
  if (!(element instanceof HTMLElement)) throw new Error(`no button ${text}`);
  return element;
}

async function openWishForm() {
  renderPage(<NewWishPage />);
  await screen.findByText('说出您的小心愿');
}

async function fillWish() {
  type('title', '厨房水龙头漏水');
  type('story', '水龙头一直滴水，想请会修水电的邻居帮忙换一个。');
  await pick('心愿类别', '维修');
  await pick('受助对象', '高龄老人');
}

/** Leaves the page (unmounts it) and opens it again, as 返回 and coming back does. */
async function leaveAndReturn() {
  cleanup();
  await openWishForm();
}

describe('drafts', () => {
  beforeEach(async () => {
    await signIn(profile());
  });

  it('a half-filled wish is there again after leaving and coming back, with a way to start over', async () => {
    await openWishForm();
    type('title', '想请人陪我去医院');
    await pick('心愿类别', '医疗健康');
    await leaveAndReturn();

    expect((control('title') as HTMLInputElement).value).toBe('想请人陪我去医院');
    expect(within(field('心愿类别')).getByText('医疗健康')).toBeTruthy();
    expect(screen.getByText('已恢复您上次没有提交的内容')).toBeTruthy();

    fireEvent.click(screen.getByText('清空重填'));
    expect((control('title') as HTMLInputElement).value).toBe('');
    await leaveAndReturn();
    expect((control('title') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText('已恢复您上次没有提交的内容')).toBeNull();
  });

  it('keeps uploaded photos in the draft', async () => {
    await openWishForm();
    photoLibrary.next = ['blob:tap-1'];
    fireEvent.click(screen.getByLabelText('添加照片'));
    await waitFor(() => expect(fakeCloud.uploads).toHaveLength(1));
    await leaveAndReturn();
    expect(screen.getByText('照片（选填）（1/6）')).toBeTruthy();
  });

  it('is gone once the wish is filed', async () => {
    fakeCloud.on('wishes', 'create', () => ({ ok: true, data: wishDetail({ id: 'w-new' }) }));
    await openWishForm();
    await fillWish();
    fireEvent.click(button('提交心愿'));
    await waitFor(() => expect(navigation).toContainEqual({ method: 'redirectTo', url: '/packages/wishes/detail/index?id=w-new' }));

    await leaveAndReturn();
    expect((control('title') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText('已恢复您上次没有提交的内容')).toBeNull();
  });

  it('is kept when the filing is refused', async () => {
    fakeCloud.on('wishes', 'create', () => ({ ok: false, error: { code: 'BUSY', message: '同时操作的人较多，请稍后再试' } }));
    await openWishForm();
    await fillWish();
    fireEvent.click(button('提交心愿'));
    await screen.findByText('同时操作的人较多，请稍后再试');
    await leaveAndReturn();
    expect((control('title') as HTMLInputElement).value).toBe('厨房水龙头漏水');
  });

  it('belongs to the user who wrote it', async () => {
    await openWishForm();
    type('title', '王秀英的心愿');
    cleanup();
    await signIn(profile({ openid: 'u-2', name: '李建国' }));
    await openWishForm();
    expect((control('title') as HTMLInputElement).value).toBe('');
  });

  it('the profile form keeps its draft too, over what the profile says', async () => {
    fakeCloud.on('users', 'listOrg', () => ({ ok: true, data: ORG }));
    renderPage(<EditProfilePage />);
    await screen.findByText('修改个人信息');
    type('room', '3单元502');
    cleanup();
    renderPage(<EditProfilePage />);
    await screen.findByText('修改个人信息');
    expect((control('room') as HTMLInputElement).value).toBe('3单元502');
    expect((control('name') as HTMLInputElement).value).toBe('王秀英');
  });
});

describe('leave guard', () => {
  beforeEach(async () => {
    await signIn(profile());
  });

  it('返回 goes back at once from an untouched form', async () => {
    await openWishForm();
    fireEvent.click(screen.getByLabelText('返回'));
    expect(navigation).toContainEqual({ method: 'navigateBack', url: undefined });
  });

  it('返回 from a form with unsent text asks first; 继续填写 stays, 离开 goes back', async () => {
    await openWishForm();
    type('story', '想请人帮忙');
    fireEvent.click(screen.getByLabelText('返回'));

    const sheet = await screen.findByRole('alertdialog');
    expect(within(sheet).getByText('还没提交，要离开吗？')).toBeTruthy();
    fireEvent.click(within(sheet).getByText('继续填写'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(navigation.filter((step) => step.method === 'navigateBack')).toHaveLength(0);

    fireEvent.click(screen.getByLabelText('返回'));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByText('离开'));
    expect(navigation).toContainEqual({ method: 'navigateBack', url: undefined });
  });

  it('asks the browser before the tab is closed while text is unsent', async () => {
    await openWishForm();
    const quiet = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(quiet);
    expect(quiet.defaultPrevented).toBe(false);
    type('title', '想请人帮忙');
    const guarded = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(guarded);
    expect(guarded.defaultPrevented).toBe(true);
  });
});

describe('forms that help', () => {
  beforeEach(async () => {
    await signIn(profile());
  });

  it('a refused submit scrolls to the first invalid field and focuses it', async () => {
    await openWishForm();
    type('title', '厨房水龙头漏水');
    fireEvent.click(button('提交心愿'));

    await waitFor(() => expect(document.activeElement).toBe(control('story')));
    expect(scrolls).toContainEqual(expect.objectContaining({ selector: '#gh-field-story' }));
    expect(document.querySelector('#gh-field-story')).toBe(field('心愿故事'));
  });

  it('the profile form brings the user to its first invalid field as well', async () => {
    fakeCloud.on('users', 'listOrg', () => ({ ok: true, data: ORG }));
    await signIn(profile({ ...NO_PLACEMENT, name: '', room: null, phone: null, registered: false }));
    renderPage(<EditProfilePage />);
    await screen.findByText('登记个人信息');
    fireEvent.click(screen.getByText('保存'));
    await waitFor(() => expect(document.activeElement).toBe(control('name')));
    expect(scrolls).toContainEqual(expect.objectContaining({ selector: '#gh-field-name' }));
  });

  it('a content-security refusal marks the field it names and says what to change, without a toast', async () => {
    fakeCloud.on('wishes', 'create', () => ({
      ok: false,
      error: { code: 'CONTENT_REJECTED', message: '内容含有不当信息，请修改后再提交', details: { field: 'story', suggest: 'risky' } },
    }));
    await openWishForm();
    await fillWish();
    fireEvent.click(button('提交心愿'));

    const story = field('心愿故事');
    expect(await within(story).findByText('这段文字含有不适合发布的内容，请删改后再提交')).toBeTruthy();
    expect(story.classList.contains('gh-field--error')).toBe(true);
    expect(within(field('心愿标题')).queryByText(/不适合/)).toBeNull();
    expect(document.querySelectorAll('.gh-toast')).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(control('story')));

    type('story', '水龙头坏了，想请邻居帮忙修一下。');
    expect(within(field('心愿故事')).queryByText(/不适合/)).toBeNull();
  });

  it('a content refusal of the profile name is shown at the name', async () => {
    fakeCloud.on('users', 'listOrg', () => ({ ok: true, data: ORG }));
    fakeCloud.on('users', 'updateProfile', () => ({
      ok: false,
      error: { code: 'CONTENT_REJECTED', message: '内容可能不适合公开展示，请修改后再提交', details: { field: 'name', suggest: 'review' } },
    }));
    renderPage(<EditProfilePage />);
    await screen.findByText('修改个人信息');
    fireEvent.click(screen.getByText('保存'));
    expect(await within(field('姓名')).findByText('这段文字可能不适合公开展示，请换一种说法后再提交')).toBeTruthy();
    expect(document.querySelectorAll('.gh-toast')).toHaveLength(0);
  });

  it('a file that is not a photo is refused at the photo field, and photos beside it are still added', async () => {
    await openWishForm();
    photoLibrary.next = [
      { path: 'blob:doc', mime: 'application/pdf', name: '体检报告.pdf' },
      { path: 'blob:photo', mime: 'image/jpeg', name: '水龙头.jpg' },
    ];
    fireEvent.click(screen.getByLabelText('添加照片'));

    await screen.findByText('照片（选填）（1/6）');
    const photos = field('照片（选填）（1/6）');
    expect(await within(photos).findByText('「体检报告.pdf」不是照片，没有添加。请选择 JPG、PNG 等格式的照片。')).toBeTruthy();
    await waitFor(() => expect(fakeCloud.uploads).toHaveLength(1));
    expect(fakeCloud.uploads[0]).not.toMatch(/pdf/);
  });

  it('a weapp path with a non-image extension is refused too', async () => {
    await openWishForm();
    photoLibrary.next = ['wxfile://tmp/recording.mp3'];
    fireEvent.click(screen.getByLabelText('添加照片'));
    expect(await screen.findByText('选的文件不是照片，没有添加。请选择 JPG、PNG 等格式的照片。')).toBeTruthy();
    expect(fakeCloud.uploads).toHaveLength(0);
  });

  it('examples stand below the field, not in its placeholder', async () => {
    await openWishForm();
    expect(within(field('心愿标题')).getByText('例如：想请人陪我去医院复查')).toBeTruthy();
    expect(control('title').getAttribute('placeholder')).not.toMatch(/例如|如：/);
    expect(control('story').getAttribute('placeholder')).not.toMatch(/例如|比如/);
  });
});
