import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initCloud } from './services/cloud';
import { startSession } from './state/session';
import './app.scss';

/** Logs in on launch; the session store then holds the profile for every page and the tab bar. */
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud();
    void startSession();
  });
  return children;
}

export default App;
