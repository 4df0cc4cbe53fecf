import { useRouter } from '@tarojs/taro';
import { isStaff } from '@contract/roles';
import { ComplaintQueue } from '../../../components/complaint-handling/complaint-queue';
import { EmptyState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';

export default function ComplaintQueuePage() {
  const { params } = useRouter();
  return (
    <PageShell back>
      <SessionGate>
        {(profile) =>
          isStaff(profile.roles) ? (
            <ComplaintQueue profile={profile} initialTab={params.tab} />
          ) : (
            <EmptyState icon="🔒" title="暂无办理权限" description="这里是网格员、社区和部门工作人员办理诉求的地方。" />
          )
        }
      </SessionGate>
    </PageShell>
  );
}
