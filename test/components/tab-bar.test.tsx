import { fireEvent, screen, within } from '@testing-library/react';
import type { Role } from '@contract/roles';
import { AppTabBar } from '../../src/components/tab-bar/app-tab-bar';
import AdminPage from '../../src/pages/admin/index';
import HomePage from '../../src/pages/home/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation } from './support/taro';

function tabTexts(): string[] {
  return within(screen.getByRole('tablist'))
    .getAllByRole('tab')
    .map((tab) => tab.textContent ?? '');
}

describe('tab bar', () => {
  it('hides 管理 from a resident', async () => {
    await signIn(profile({ roles: ['resident'] }));
    renderPage(<AppTabBar />);
    expect(tabTexts()).toEqual(['首页', '心愿', '办事', '我的']);
  });

  it.each<[string, Role]>([
    ['a grid worker', 'grid_worker'],
    ['a building leader', 'building_leader'],
    ['a community admin', 'community_admin'],
    ['a street admin', 'street_admin'],
  ])('shows 管理 to %s and switches to it', async (_who, role) => {
    await signIn(profile({ roles: ['resident', role] }));
    renderPage(<AppTabBar />);
    expect(tabTexts()).toEqual(['首页', '心愿', '办事', '我的', '管理']);
    fireEvent.click(screen.getByText('管理'));
    expect(navigation).toEqual([{ method: 'switchTab', url: '/pages/admin/index' }]);
  });

  it('is drawn inside tab pages on h5, with the current tab marked', async () => {
    await signIn(profile({ roles: ['resident', 'grid_worker'] }));
    renderPage(<HomePage />);
    const current = within(screen.getByRole('tablist')).getByRole('tab', { selected: true });
    expect(current.textContent).toBe('首页');
    expect(screen.getByText('管理')).toBeTruthy();
  });

  it('greets a resident who reaches 管理 anyway with a polite no-permission page', async () => {
    await signIn(profile({ roles: ['resident', 'volunteer'] }));
    renderPage(<AdminPage />);
    expect(screen.getByText('暂无管理权限')).toBeTruthy();
    expect(fakeCloud.callsOf('listMembers')).toHaveLength(0);
    fireEvent.click(screen.getByText('回到首页'));
    expect(navigation).toEqual([{ method: 'switchTab', url: '/pages/home/index' }]);
  });
});
