import type { MyProfile } from '@contract/user';
import { auditsEvents } from '@contract/permissions-reports';
import { useStore } from '../../hooks/use-store';
import { ROUTES } from '../../navigation/routes';
import { EntryLinks } from '../entry-links/entry-links';
import { pendingStore } from '../tab-bar/pending-store';

/** 管理's way into the workbench: the month's figures and 台账, the overdue cases (with their number), the audit trail. */
export function WorkbenchEntry({ profile }: { profile: MyProfile }) {
  const { overdue } = useStore(pendingStore);
  const links = [
    { title: '数据看板', url: ROUTES.workbench },
    { title: overdue ? `超时督办 ${overdue}` : '超时督办', url: ROUTES.workbenchOverdue },
    ...(auditsEvents(profile) ? [{ title: '操作留痕', url: ROUTES.workbenchAudit }] : []),
  ];
  return <EntryLinks title="数据与台账" links={links} />;
}
