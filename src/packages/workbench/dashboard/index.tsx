import { useRouter } from '@tarojs/taro';
import { readsReports, auditsEvents } from '@contract/permissions-reports';
import { EmptyState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { WorkbenchDashboard } from '../../../components/workbench/dashboard-view';

export default function WorkbenchDashboardPage() {
  const { params } = useRouter();
  const place = { ...(params.communityId ? { communityId: params.communityId } : {}), ...(params.gridId ? { gridId: params.gridId } : {}) };
  return (
    <PageShell back>
      <SessionGate>
        {(profile) =>
          readsReports(profile) ? (
            <WorkbenchDashboard place={place} auditable={auditsEvents(profile)} />
          ) : (
            <EmptyState icon="🔒" title="暂无查看权限" description="数据看板给网格员、社区和街道管理员使用。" />
          )
        }
      </SessionGate>
    </PageShell>
  );
}
