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

  it('办事 opens 随手拍 first, then 我的诉求 and the wall; 议事 is still to come', () => {
    renderPage(<ServicesPage />);
    fireEvent.click(screen.getByLabelText('随手拍，反映问题'));
    fireEvent.click(screen.getByText('我的诉求'));
    fireEvent.click(screen.getByText('诉求墙'));
    fireEvent.click(screen.getByText('议事'));
    expect(navigation.map((entry) => entry.url)).toEqual([
      '/packages/complaints/new/index',
      '/packages/complaints/mine/index',
      '/packages/complaints/wall/index',
      `/packages/common/coming-soon/index?title=${encodeURIComponent('议事')}`,
    ]);
    expect(screen.getByText('即将上线')).toBeTruthy();
  });

  it('on 首页, 随手拍 opens the report form and 议事 a coming-soon page named after it', async () => {
    renderPage(<HomePage />);
    fireEvent.click(await screen.findByText('随手拍'));
    fireEvent.click(screen.getByText('议事'));
    expect(navigation.map((entry) => entry.url)).toEqual([
      '/packages/complaints/new/index',
      `/packages/common/coming-soon/index?title=${encodeURIComponent('议事')}`,
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
