import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { MeetingTab } from '../../../components/meeting/meeting-wall';
import { MeetingWall } from '../../../components/meeting/meeting-wall';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { ROUTES, openPage } from '../../../navigation/routes';
import { Button } from '../../../ui/nut';

export default function MeetingListPage() {
  const { params } = useRouter();
  const tab: MeetingTab = params.tab === 'mine' ? 'mine' : 'all';
  return (
    <PageShell back>
      <SessionGate>
        {() => (
          <View>
            <Text className="gh-section-title">社区议事</Text>
            <Text className="gh-muted">大家的事大家商量：群众提议、网格审议、社区决议、居民议事会、居民评议。</Text>
            <Button type="primary" size="large" block className="gh-block-button" onClick={() => openPage(ROUTES.newMeeting)}>
              发起议事
            </Button>
            <View style={{ height: '12px' }} />
            <MeetingWall initialTab={tab} />
          </View>
        )}
      </SessionGate>
    </PageShell>
  );
}
