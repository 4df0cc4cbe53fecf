import { readsReports } from '@contract/permissions-reports';
import { EmptyState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { OverduePage } from '../../../components/workbench/overdue-page';

export default function WorkbenchOverduePage() {
  return (
    <PageShell back>
      <SessionGate>
        {(profile) => (readsReports(profile) ? <OverduePage /> : <EmptyState icon="🔒" title="暂无查看权限" description="超时督办给网格员、社区和街道管理员使用。" />)}
      </SessionGate>
    </PageShell>
  );
}
