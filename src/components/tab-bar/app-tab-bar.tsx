import Taro from '@tarojs/taro';
import { useElderMode } from '../../hooks/use-elder-mode';
import { useSession } from '../../hooks/use-session';
import { useStore } from '../../hooks/use-store';
import { activeTabStore } from '../../state/active-tab';
import { unreadStore } from '../../state/inbox';
import { TabBarView } from './tab-bar-view';

/** The tab bar wired to the session: the weapp custom tab bar and the h5 in-page bar are this. */
export function AppTabBar() {
  const session = useSession();
  const active = useStore(activeTabStore);
  const elder = useElderMode();
  const unread = useStore(unreadStore);
  return (
    <TabBarView
      roles={session.profile?.roles ?? []}
      active={active}
      elder={elder}
      dots={unread > 0 ? ['mine'] : []}
      onSelect={(tab) => {
        if (tab.key !== active) void Taro.switchTab({ url: tab.path });
      }}
    />
  );
}
