import { useRouter } from '@tarojs/taro';
import { isStaff } from '@contract/roles';
import { CheckInView } from '../../../components/meeting-admin/check-in-view';
import { EmptyState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';

export default function MeetingCheckInPage() {
  const { params } = useRouter();
  return (
    <PageShell back>
      <SessionGate>
        {(profile) =>
          !isStaff(profile.roles) ? (
            <EmptyState icon="🔒" title="暂无权限" description="签到由网格员、楼栋长和社区工作人员办理。" />
          ) : params.id ? (
            <CheckInView id={params.id} />
          ) : (
            <EmptyState icon="🍂" title="没有找到这次议事会" description="请从议题办理页打开签到。" />
          )
        }
      </SessionGate>
    </PageShell>
  );
}
