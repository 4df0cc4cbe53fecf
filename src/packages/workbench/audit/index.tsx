import { auditsEvents } from '@contract/permissions-reports';
import { EmptyState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { AuditPage } from '../../../components/workbench/audit-page';

export default function WorkbenchAuditPage() {
  return (
    <PageShell back>
      <SessionGate>
        {(profile) => (auditsEvents(profile) ? <AuditPage /> : <EmptyState icon="🔒" title="暂无查看权限" description="操作留痕给社区和街道管理员查阅。" />)}
      </SessionGate>
    </PageShell>
  );
}
