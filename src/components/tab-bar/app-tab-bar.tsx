import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { useElderMode } from '../../hooks/use-elder-mode';
import { useSession } from '../../hooks/use-session';
import { useStore } from '../../hooks/use-store';
import { activeTabStore } from '../../state/active-tab';
import { unreadStore } from '../../state/inbox';
import { pendingStore, refreshPending } from './pending-store';
import { TabBarView } from './tab-bar-view';

/** The tab bar wired to the session: the weapp custom tab bar and the h5 in-page bar are this. */
export function AppTabBar() {
  const session = useSession();
  const active = useStore(activeTabStore);
  const elder = useElderMode();
  const unread = useStore(unreadStore);
  const pending = useStore(pendingStore);
  const who = session.profile ? `${session.profile.openid}|${session.profile.roles.join()}` : '';
  useEffect(() => {
    // Signed in, or someone else / other roles: what waits in 管理 is theirs to see.
    if (who) void refreshPending();
  }, [who]);
  return (
    <TabBarView
      roles={session.profile?.roles ?? []}
      active={active}
      elder={elder}
      dots={unread > 0 ? ['mine'] : []}
      badges={{ admin: pending.total }}
      onSelect={(tab) => {
        if (tab.key !== active) void Taro.switchTab({ url: tab.path });
      }}
    />
  );
}
