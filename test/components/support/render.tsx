import type { ReactElement } from 'react';
import { act, render } from '@testing-library/react';
import type { MyProfile } from '@contract/user';
import { elderModeStore } from '../../../src/state/elder-mode';
import { startSession } from '../../../src/state/session';
import { fakeCloud } from './fake-cloud';

/** Logs in through the real session code, the cloud answering with this profile. */
export async function signIn(profile: MyProfile): Promise<void> {
  elderModeStore.set(false);
  fakeCloud.on('users', 'login', () => ({ ok: true, data: profile }));
  await act(() => startSession());
}

export function renderPage(element: ReactElement) {
  return render(element);
}
