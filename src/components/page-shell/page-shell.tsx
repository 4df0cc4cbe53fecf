import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { TabKey } from '../../navigation/tabs';
import { useElderMode } from '../../hooks/use-elder-mode';
import { activeTabStore } from '../../state/active-tab';
import { cx } from '../../ui/class-names';
import { AppTabBar } from '../tab-bar/app-tab-bar';
import { ToastHost } from '../toast/toast-host';
import { BackBar } from './back-bar';

interface Props {
  children: ReactNode;
  /** Set on the five tab pages. */
  tab?: TabKey;
  /** A visible 返回 button for pages outside the tab bar. */
  back?: boolean;
}

/** The root of every page: applies 长辈模式, draws the page's toast and, on h5, the tab bar in the page. */
export function PageShell({ children, tab, back }: Props) {
  const elder = useElderMode();
  useDidShow(() => {
    if (tab) activeTabStore.set(tab);
  });
  return (
    <View className={cx('gh-page', elder && 'gh-page--elder', tab && 'gh-page--tab')}>
      {back ? <BackBar /> : null}
      {children}
      {tab && process.env.TARO_ENV === 'h5' ? <AppTabBar /> : null}
      <ToastHost />
    </View>
  );
}
