import { useRouter } from '@tarojs/taro';
import { isStaff } from '@contract/roles';
import { MeetingQueue } from '../../../components/meeting-admin/meeting-queue';
import { EmptyState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';

export default function MeetingQueuePage() {
  const { params } = useRouter();
  return (
    <PageShell back>
      <SessionGate>
        {(profile) =>
          isStaff(profile.roles) ? (
            <MeetingQueue initialTab={params.tab} />
          ) : (
            <EmptyState icon="🔒" title="暂无权限" description="这里是网格员、楼栋长和社区工作人员办理议事的地方。" />
          )
        }
      </SessionGate>
    </PageShell>
  );
}
