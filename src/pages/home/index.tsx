import { Text, View } from '@tarojs/components';
import type { MyProfile } from '@contract/user';
import { PageShell } from '../../components/page-shell/page-shell';
import { SessionGate } from '../../components/session-gate';
import type { Shortcut } from '../../components/shortcuts/shortcuts';
import { Shortcuts } from '../../components/shortcuts/shortcuts';
import { ROUTES, comingSoonUrl, openPage, openTab } from '../../navigation/routes';
import { Button } from '../../ui/nut';
import { greeting } from './greeting';
import './index.scss';

const SHORTCUTS: readonly Shortcut[] = [
  { key: 'wishes', icon: '💝', title: '心愿墙', hint: '帮邻居圆个小心愿', onOpen: () => openTab('wishes') },
  { key: 'snap', icon: '📷', title: '随手拍', hint: '楼道堆物、设施损坏', onOpen: () => openPage(comingSoonUrl('随手拍')) },
  { key: 'meeting', icon: '🪑', title: '议事', hint: '大家的事大家商量', onOpen: () => openPage(comingSoonUrl('议事')) },
  { key: 'volunteer', icon: '🤝', title: '志愿者', hint: '报名成为志愿者', onOpen: () => openPage(ROUTES.volunteer) },
];

function GridCard({ profile }: { profile: MyProfile }) {
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
      <Text className="gh-home__grid-title">
        {profile.communityName} · {profile.gridName}
      </Text>
      <Text className="gh-muted">
        {profile.buildingName ?? ''} {profile.room ?? ''}　小事不出网格，大事不出社区
      </Text>
    </View>
  );
}

export default function HomePage() {
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
            <GridCard profile={profile} />
            <Text className="gh-section-title">常用服务</Text>
            <Shortcuts items={SHORTCUTS} />
          </View>
        )}
      </SessionGate>
    </PageShell>
  );
}
