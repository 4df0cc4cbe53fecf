import { act, fireEvent, screen, within } from '@testing-library/react';
import { NO_PLACEMENT } from '@contract/org';
import { PageShell } from '../../src/components/page-shell/page-shell';
import EditProfilePage from '../../src/packages/profile/edit/index';
import { elderModeStore } from '../../src/state/elder-mode';
import { showError, showSuccess } from '../../src/ui/toast';
import { fakeCloud } from './support/fake-cloud';
import { ORG, profile } from './support/profiles';
import { renderPage, signIn } from './support/render';

function toasts(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.gh-toast'));
}

describe('toasts', () => {
  it('one outcome, one message: a newer toast replaces the one on screen', async () => {
    renderPage(<PageShell>页面</PageShell>);
    act(() => showSuccess('申请已提交'));
    act(() => showError('网络连接失败，请检查网络后重试'));
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0].textContent).toContain('网络连接失败，请检查网络后重试');
    expect(screen.queryByText('申请已提交')).toBeNull();
  });

  it('is drawn inside the page, so 长辈模式 gives it the larger type', async () => {
    act(() => elderModeStore.set(true));
    renderPage(<PageShell>页面</PageShell>);
    act(() => showSuccess('已保存'));
    const [toast] = toasts();
    expect(toast.closest('.gh-page--elder')).not.toBeNull();
    expect(toast.getAttribute('role')).toBe('status');
    act(() => elderModeStore.set(false));
  });

  it('saving the profile says 已保存 once, and a refusal says only the reason', async () => {
    await signIn(profile({ ...NO_PLACEMENT, name: '', room: null, phone: null, registered: false }));
    fakeCloud.on('users', 'listOrg', () => ({ ok: true, data: ORG }));
    let refuse = true;
    fakeCloud.on('users', 'updateProfile', () =>
      refuse
        ? { ok: false, error: { code: 'BUSY', message: '同时操作的人较多，请稍后再试' } }
        : { ok: true, data: profile() },
    );
    renderPage(<EditProfilePage />);
    await screen.findByText('登记个人信息');
    fireEvent.input(document.querySelector('input[name="name"]') as HTMLInputElement, { target: { value: '王秀英' } });
    for (const [label, option] of [['所在社区', '鑫盛社区'], ['所在网格', '第一网格'], ['所在楼栋', '1号楼']]) {
      fireEvent.click(screen.getByLabelText(`选择${label}`));
      fireEvent.click(within(await screen.findByRole('dialog')).getByText(option));
    }
    fireEvent.input(document.querySelector('input[name="room"]') as HTMLInputElement, { target: { value: '2单元301' } });

    fireEvent.click(screen.getByText('保存'));
    await screen.findByText('同时操作的人较多，请稍后再试');
    expect(toasts().map((node) => node.textContent)).toEqual(['同时操作的人较多，请稍后再试']);

    refuse = false;
    fireEvent.click(screen.getByText('保存'));
    await screen.findByText('已保存');
    expect(toasts().map((node) => node.textContent)).toEqual(['✓已保存']);
    expect(screen.queryByText('操作成功')).toBeNull();
  });
});
