import { fireEvent, screen } from '@testing-library/react';
import HomePage from '../../src/pages/home/index';
import ServicesPage from '../../src/pages/services/index';
import ComingSoonPage from '../../src/packages/common/coming-soon/index';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';
import { navigation, setRouterParams } from './support/taro';

describe('what is still to come says so, with a way back', () => {
  beforeEach(async () => {
    await signIn(profile());
  });

  it('办事 opens 随手拍 first, then 我的诉求, the wall and 议事', () => {
    renderPage(<ServicesPage />);
    fireEvent.click(screen.getByLabelText('随手拍，反映问题'));
    fireEvent.click(screen.getByText('我的诉求'));
    fireEvent.click(screen.getByText('诉求墙'));
    fireEvent.click(screen.getByText('议事'));
    expect(navigation.map((entry) => entry.url)).toEqual([
      '/packages/complaints/new/index',
      '/packages/complaints/mine/index',
      '/packages/complaints/wall/index',
      '/packages/meetings/list/index',
    ]);
    expect(screen.queryByText('即将上线')).toBeNull();
  });

  it('on 首页, 随手拍 opens the report form and 议事 the topics of the community', async () => {
    renderPage(<HomePage />);
    fireEvent.click(await screen.findByText('随手拍'));
    fireEvent.click(screen.getByText('议事'));
    expect(navigation.map((entry) => entry.url)).toEqual([
      '/packages/complaints/new/index',
      '/packages/meetings/list/index',
    ]);
  });

  it('the coming-soon page names the feature and leads back', () => {
    setRouterParams({ title: encodeURIComponent('随手拍') });
    renderPage(<ComingSoonPage />);
    expect(screen.getByText('随手拍即将上线')).toBeTruthy();
    const button = screen.getAllByText('返回').map((text) => text.closest('.nut-button')).find(Boolean) as HTMLElement;
    fireEvent.click(button);
    expect(navigation.at(-1)?.method).toBe('navigateBack');
  });
});
