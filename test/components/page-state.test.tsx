import { act, fireEvent, screen } from '@testing-library/react';
import { LoadableView } from '../../src/components/page-state/page-state';
import { PageShell } from '../../src/components/page-shell/page-shell';
import { useReply } from '../../src/hooks/use-reply';
import EditProfilePage from '../../src/packages/profile/edit/index';
import { CLIENT_ERROR_MESSAGES } from '../../src/services/cloud';
import { getWish } from '../../src/services/wishes';
import { elderModeStore } from '../../src/state/elder-mode';
import { sessionStore, startSession } from '../../src/state/session';
import { fakeCloud } from './support/fake-cloud';
import { ORG, profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation } from './support/taro';

/** A page that loads one wish through the real seam and shows it with the shared states. */
function WishProbe() {
  const [state, reload] = useReply(() => getWish('w-1'));
  return (
    <PageShell back>
      <LoadableView state={state} onRetry={reload}>
        {(wish) => <>{wish.title}</>}
      </LoadableView>
    </PageShell>
  );
}

describe('page states through the cloud seam', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('a cloud that never answers ends in 网络不太好 with 重试 after 15 s, and 重试 loads the page', async () => {
    await signIn(profile());
    jest.useFakeTimers();
    let hang = true;
    fakeCloud.on('users', 'listOrg', () => (hang ? new Promise(() => undefined) : { ok: true, data: ORG }));
    renderPage(<EditProfilePage />);
    expect(screen.getByText('正在加载…')).toBeTruthy();

    await act(() => jest.advanceTimersByTimeAsync(14_000));
    expect(screen.queryByText('重试')).toBeNull();
    await act(() => jest.advanceTimersByTimeAsync(1_000));
    expect(screen.getByText('网络不太好')).toBeTruthy();
    expect(screen.getByText(CLIENT_ERROR_MESSAGES.TIMEOUT)).toBeTruthy();

    hang = false;
    fireEvent.click(screen.getByText('重试'));
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(screen.getByText('修改个人信息')).toBeTruthy();
    expect(fakeCloud.callsOf('listOrg')).toHaveLength(2);
  });

  it('a login that never answers ends in 重试 instead of 正在登录… forever', async () => {
    jest.useFakeTimers();
    sessionStore.set({ status: 'loading', profile: null, error: null });
    let hang = true;
    fakeCloud.on('users', 'login', () => (hang ? new Promise(() => undefined) : { ok: true, data: profile() }));
    fakeCloud.on('users', 'listOrg', () => ({ ok: true, data: ORG }));
    void startSession();
    renderPage(<EditProfilePage />);
    expect(screen.getByText('正在登录…')).toBeTruthy();

    await act(() => jest.advanceTimersByTimeAsync(15_000));
    expect(screen.getByText('网络不太好')).toBeTruthy();
    hang = false;
    fireEvent.click(screen.getByText('重试'));
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(screen.getByText('修改个人信息')).toBeTruthy();
  });

  it('a transport that fails answers NETWORK with its message and 重试', async () => {
    await signIn(profile());
    fakeCloud.on('users', 'listOrg', () => Promise.reject(new Error('offline')));
    renderPage(<EditProfilePage />);
    expect(await screen.findByText(CLIENT_ERROR_MESSAGES.NETWORK)).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });

  it('NOT_FOUND shows 已不存在 with 返回, never a retry', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'get', () => ({ ok: false, error: { code: 'NOT_FOUND', message: '内容不存在或已被删除' } }));
    renderPage(<WishProbe />);
    expect(await screen.findByText('已不存在')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();

    const back = screen.getAllByText('返回').map((node) => node.closest('.nut-button')).find(Boolean);
    if (!(back instanceof HTMLElement)) throw new Error('no 返回 button in the state');
    fireEvent.click(back);
    expect(navigation).toContainEqual({ method: 'navigateBack', url: undefined });
  });

  it('a server error other than NOT_FOUND keeps its message and offers 重试', async () => {
    await signIn(profile());
    let attempts = 0;
    fakeCloud.on('wishes', 'get', () => {
      attempts += 1;
      return attempts === 1
        ? { ok: false, error: { code: 'BUSY', message: '同时操作的人较多，请稍后再试' } }
        : { ok: true, data: { title: '想有人陪我去医院复查' } };
    });
    renderPage(<WishProbe />);
    expect(await screen.findByText('同时操作的人较多，请稍后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('想有人陪我去医院复查')).toBeTruthy();
  });

  it('the loading indicator is a ring sized from the type scale, inside the 长辈模式 page', async () => {
    await signIn(profile());
    fakeCloud.on('wishes', 'get', () => new Promise(() => undefined));
    act(() => elderModeStore.set(true));
    renderPage(<WishProbe />);
    const ring = document.querySelector('.gh-spinner');
    expect(ring).not.toBeNull();
    expect(ring?.closest('.gh-page--elder')).not.toBeNull();
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
  });
});
