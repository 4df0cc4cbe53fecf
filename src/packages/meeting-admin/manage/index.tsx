import { useRouter } from '@tarojs/taro';
import { isStaff } from '@contract/roles';
import { ManageView } from '../../../components/meeting-admin/manage-view';
import { EmptyState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';

export default function MeetingManagePage() {
  const { params } = useRouter();
  return (
    <PageShell back>
      <SessionGate>
        {(profile) =>
          !isStaff(profile.roles) ? (
            <EmptyState icon="🔒" title="暂无权限" description="这里是网格员、楼栋长和社区工作人员办理议事的地方。" />
          ) : params.id ? (
            <ManageView id={params.id} />
          ) : (
            <EmptyState icon="🍂" title="没有找到这个议题" description="请从议事管理的列表里打开。" />
          )
        }
      </SessionGate>
    </PageShell>
  );
}
