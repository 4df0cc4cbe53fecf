import { Fragment } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { MyProfile } from '@contract/user';
import { PageShell } from '../../components/page-shell/page-shell';
import { isStreetAdmin, streetTitle } from '../../components/profile-card/placement-text';
import { SessionGate } from '../../components/session-gate';
import type { Shortcut } from '../../components/shortcuts/shortcuts';
import { Shortcuts } from '../../components/shortcuts/shortcuts';
import { ROUTES, openPage, openTab } from '../../navigation/routes';
import { useStore } from '../../hooks/use-store';
import { refreshUnread, unreadStore } from '../../state/inbox';
import { Button } from '../../ui/nut';
import { greeting } from './greeting';
import './index.scss';

const SHORTCUTS: readonly Shortcut[] = [
  { key: 'wishes', icon: '💝', title: '心愿墙', hint: '帮邻居圆个小心愿', onOpen: () => openTab('wishes') },
  { key: 'snap', icon: '📷', title: '随手拍', hint: '楼道堆物、设施损坏', onOpen: () => openPage(ROUTES.newComplaint) },
  { key: 'meeting', icon: '🪑', title: '议事', hint: '大家的事大家商量', onOpen: () => openPage(ROUTES.meetingList) },
  { key: 'volunteer', icon: '🤝', title: '志愿者', hint: '报名成为志愿者', onOpen: () => openPage(ROUTES.volunteer) },
];

/** 您有 N 条新消息: the inbox one tap away, on the first screen. */
function UnreadLine() {
  const unread = useStore(unreadStore);
  if (unread <= 0) return null;
  return (
    <View className="gh-card gh-home__unread" role="button" aria-label={`您有${unread}条新消息，点击查看`}
      onClick={() => openPage(ROUTES.inbox)}>
      <Text className="gh-home__unread-dot" aria-hidden="true" />
      <Text className="gh-home__unread-text">您有 {unread > 99 ? '99+' : unread} 条新消息</Text>
      <Text className="gh-home__unread-go">查看 ›</Text>
    </View>
  );
}

/** A street admin serves the whole street: no community to join, their street instead. */
function StreetCard({ profile }: { profile: MyProfile }) {
  return (
    <View className="gh-card gh-home__grid">
      <Text className="gh-home__grid-label">我的街道</Text>
      <View className="gh-home__grid-title">
        <Text className="gh-home__keep">{streetTitle(profile)}</Text>
      </View>
      <Text className="gh-muted">
        {profile.roles.includes('department_liaison') ? '被吹哨的诉求，在“管理”里报到和反馈' : '各社区的心愿和志愿服务，在“管理”里统一查看'}
      </Text>
    </View>
  );
}

function GridCard({ profile }: { profile: MyProfile }) {
  if (isStreetAdmin(profile)) return <StreetCard profile={profile} />;
  if (!profile.registered || !profile.gridName) {
    return (
      <View className="gh-card gh-home__grid gh-home__grid--todo">
        <Text className="gh-home__grid-title">还没有加入社区</Text>
        <Text className="gh-muted">填写姓名和住址，网格员就能更快为您服务。</Text>
        <Button type="primary" className="gh-block-button" onClick={() => openPage(ROUTES.editProfile)}>
          去完善信息
        </Button>
      </View>
    );
  }
  return (
    <View className="gh-card gh-home__grid">
      <Text className="gh-home__grid-label">我的网格</Text>
      {/* Each name, the address and the motto break only between themselves at 320 px in 长辈模式. */}
      <View className="gh-home__grid-title">
        <Text className="gh-home__keep">{profile.communityName}</Text>
        {' · '}
        <Text className="gh-home__keep">{profile.gridName}</Text>
      </View>
      <View className="gh-muted">
        {[profile.buildingName, profile.room].filter(Boolean).map((part) => (
          <Fragment key={part}>
            <Text className="gh-home__keep">{part}</Text>{' '}
          </Fragment>
        ))}
        {'　'}
        <Text className="gh-home__keep">小事不出网格，</Text>
        <Text className="gh-home__keep">大事不出社区</Text>
      </View>
    </View>
  );
}

export default function HomePage() {
  useDidShow(() => {
    void refreshUnread();
  });
  return (
    <PageShell tab="home">
      <SessionGate>
        {(profile) => (
          <View>
            <View className="gh-home__hello">
              <Text className="gh-home__greeting">
                {greeting(new Date().getHours())}，{profile.name || '邻居'}
              </Text>
              <Text className="gh-home__sub">网格之家，邻里有事一起办</Text>
            </View>
            <UnreadLine />
            <GridCard profile={profile} />
            <Text className="gh-section-title">常用服务</Text>
            <Shortcuts items={SHORTCUTS} />
          </View>
        )}
      </SessionGate>
    </PageShell>
  );
}
