import { Text, View } from '@tarojs/components';
import { hasRole, isStaff, ROLE_LABELS } from '@contract/roles';
import type { MyProfile } from '@contract/user';
import { EmptyState } from '../../components/page-state/page-state';
import { PageShell } from '../../components/page-shell/page-shell';
import { VolunteerReview } from '../../components/review/volunteer-review';
import { SessionGate } from '../../components/session-gate';
import { openTab } from '../../navigation/routes';
import { Button } from '../../ui/nut';
import './index.scss';

function Workbench({ profile }: { profile: MyProfile }) {
  const titles = profile.roles.filter((role) => role !== 'resident').map((role) => ROLE_LABELS[role]);
  return (
    <View>
      <View className="gh-card gh-admin__head">
        <Text className="gh-admin__title">工作台</Text>
        <Text className="gh-muted">
          {profile.communityName ?? ''} · {titles.join('、')}
        </Text>
      </View>
      {hasRole(profile.roles, 'community_admin') ? (
        <VolunteerReview />
      ) : (
        <EmptyState icon="🧰" title="更多管理功能即将上线" description="诉求处置、走访记录、议事审议将在这里办理。" />
      )}
    </View>
  );
}

export default function AdminPage() {
  return (
    <PageShell tab="admin">
      <SessionGate>
        {(profile) =>
          isStaff(profile.roles) ? (
            <Workbench profile={profile} />
          ) : (
            <EmptyState icon="🔒" title="暂无管理权限" description="这里是网格员、楼栋长和社区工作人员的工作台。">
              <Button type="primary" className="gh-state__action" onClick={() => openTab('home')}>
                回到首页
              </Button>
            </EmptyState>
          )
        }
      </SessionGate>
    </PageShell>
  );
}
