import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import MinePage from '../../src/pages/mine/index';
import { fakeCloud } from './support/fake-cloud';
import { profile } from './support/profiles';
import { renderPage, signIn } from './support/render';

function pageRoot(container: HTMLElement): Element {
  const root = container.querySelector('.gh-page');
  if (!root) throw new Error('no page root');
  return root;
}

function elderSwitch(container: HTMLElement): Element {
  const control = container.querySelector('.nut-switch');
  if (!control) throw new Error('no switch');
  return control;
}

describe('长辈模式', () => {
  it('switches the page to large type at once, saves it on the profile and remembers it locally', async () => {
    await signIn(profile({ elderMode: false }));
    fakeCloud.on('users', 'updateProfile', (data) => ({ ok: true, data: profile({ elderMode: data.elderMode === true }) }));
    const { container } = renderPage(<MinePage />);
    await screen.findByText('长辈模式');
    expect(pageRoot(container).classList.contains('gh-page--elder')).toBe(false);

    await act(async () => {
      fireEvent.click(elderSwitch(container));
    });

    await waitFor(() => expect(pageRoot(container).classList.contains('gh-page--elder')).toBe(true));
    expect(fakeCloud.callsOf('updateProfile').map((call) => call.data.elderMode)).toEqual([true]);
    expect(window.localStorage.getItem('gh.elderMode')).toBe('true');
  });

  it('goes back to normal type and tells the user when saving fails', async () => {
    await signIn(profile({ elderMode: false }));
    fakeCloud.on('users', 'updateProfile', () => ({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }));
    const { container } = renderPage(<MinePage />);
    await screen.findByText('长辈模式');

    await act(async () => {
      fireEvent.click(elderSwitch(container));
    });

    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy();
    expect(pageRoot(container).classList.contains('gh-page--elder')).toBe(false);
    expect(window.localStorage.getItem('gh.elderMode')).toBe('false');
  });

  it('follows the preference saved on the profile after login', async () => {
    await signIn(profile({ elderMode: true }));
    const { container } = renderPage(<MinePage />);
    await screen.findByText('长辈模式');
    expect(pageRoot(container).classList.contains('gh-page--elder')).toBe(true);
  });

  it('starts in large type from local storage, before the login answers', () => {
    window.localStorage.setItem('gh.elderMode', 'true');
    jest.isolateModules(() => {
      // A fresh app start: the stores read local storage when first loaded.
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { render } = require('@testing-library/react/pure') as typeof import('@testing-library/react');
      const { fakeCloud: cloud } = require('./support/fake-cloud') as typeof import('./support/fake-cloud');
      const { default: Page } = require('../../src/pages/home/index') as typeof import('../../src/pages/home/index');
      const { startSession } = require('../../src/state/session') as typeof import('../../src/state/session');
      /* eslint-enable @typescript-eslint/no-require-imports */
      cloud.on('users', 'login', () => new Promise(() => undefined));
      void startSession();
      const { container, getByText, unmount } = render(<Page />);
      expect(getByText('正在登录…')).toBeTruthy();
      expect(pageRoot(container).classList.contains('gh-page--elder')).toBe(true);
      unmount();
    });
  });
});
