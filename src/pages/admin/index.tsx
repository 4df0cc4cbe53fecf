import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { hasRole, isStaff, ROLE_LABELS } from '@contract/roles';
import type { MyProfile } from '@contract/user';
import { EmptyState } from '../../components/page-state/page-state';
import { PageShell } from '../../components/page-shell/page-shell';
import { VolunteerReview } from '../../components/review/volunteer-review';
import { Segmented } from '../../components/segmented/segmented';
import { SessionGate } from '../../components/session-gate';
import { ComplaintQueueEntry } from '../../components/complaint-handling/queue-entry';
import { MeetingQueueEntry } from '../../components/meeting-admin/queue-entry';
import { WorkbenchEntry } from '../../components/workbench/workbench-entry';
import { readsReports } from '@contract/permissions-reports';
import { pendingStore, refreshPending } from '../../components/tab-bar/pending-store';
import { useStore } from '../../hooks/use-store';
import { WishReviewQueue } from '../../components/wish-admin/wish-review-queue';
import { WishesByStatus } from '../../components/wish-admin/wishes-by-status';
import { newWishUrl, openPage, openTab } from '../../navigation/routes';
import { Button } from '../../ui/nut';
import './index.scss';
import { filesOnBehalf } from '@contract/permissions-wishes';

type Section = 'wishReview' | 'wishes' | 'volunteers';

/** Community admins: review wishes and volunteers, and see every wish of the community by status. */
function CommunityDesk() {
  const [section, setSection] = useState<Section>('wishReview');
  const pending = useStore(pendingStore);
  const sections = [
    { key: 'wishReview' as const, title: '心愿审核', short: '待审核', count: pending.wishReviews },
    { key: 'wishes' as const, title: '全部心愿', short: '全部', count: 0 },
    { key: 'volunteers' as const, title: '志愿者审核', short: '志愿者', count: pending.volunteerApplications },
  ];
  return (
    <View>
      <Segmented<Section> segments={sections} active={section} onChange={setSection} />
      {section === 'wishReview' ? <WishReviewQueue /> : null}
      {section === 'wishes' ? <WishesByStatus title="社区全部心愿" /> : null}
      {section === 'volunteers' ? <VolunteerReview /> : null}
    </View>
  );
}

/** Grid workers and building leaders: their grid's wishes; grid workers also file for residents. */
function GridDesk({ profile }: { profile: MyProfile }) {
  return (
    <View>
      {filesOnBehalf(profile) ? (
        <View className="gh-card gh-admin__visit">
          <View className="gh-admin__visit-text">
            <Text className="gh-admin__visit-title">入户走访，代居民许愿</Text>
            <Text className="gh-muted">替不方便用手机的老人、困难家庭提交心愿。</Text>
          </View>
          <Button type="primary" onClick={() => openPage(newWishUrl(true))}>代居民许愿</Button>
        </View>
      ) : null}
      <WishesByStatus title={`${profile.gridName ?? '本网格'}的心愿`} />
    </View>
  );
}

/** The server's 工作台 header (鑫盛社区 · 社区管理员, 云中路街道 · 街道管理员); else the community and the roles. */
export function workbenchPlace(profile: MyProfile): string {
  if (profile.staffTitle) return profile.staffTitle;
  const titles = profile.roles.filter((role) => role !== 'resident').map((role) => ROLE_LABELS[role]);
  return [profile.communityName, titles.join('、')].filter(Boolean).join(' · ');
}

function Workbench({ profile }: { profile: MyProfile }) {
  return (
    <View>
      <View className="gh-card gh-admin__head">
        <Text className="gh-admin__title">工作台</Text>
        <Text className="gh-muted gh-admin__place">{workbenchPlace(profile)}</Text>
      </View>
      {readsReports(profile) ? <WorkbenchEntry profile={profile} /> : null}
      <ComplaintQueueEntry roles={profile.roles} />
      {profile.communityId ? <MeetingQueueEntry /> : null}
      {hasRole(profile.roles, 'community_admin') ? <CommunityDesk /> : null}
      {!hasRole(profile.roles, 'community_admin') && hasRole(profile.roles, 'street_admin') ? (
        <WishesByStatus title="街道全部心愿" streetWide />
      ) : null}
      {!hasRole(profile.roles, 'community_admin') && !hasRole(profile.roles, 'street_admin') && !hasRole(profile.roles, 'department_liaison') ? (
        <GridDesk profile={profile} />
      ) : null}
    </View>
  );
}

export default function AdminPage() {
  useDidShow(() => {
    void refreshPending(true);
  });
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
