import { useRouter } from '@tarojs/taro';
import { ManageView } from '../../../components/meeting-admin/manage-view';
import { MeetingStaffPage, NoTopic } from '../../../components/meeting-admin/staff-page';

export default function MeetingManagePage() {
  const { params } = useRouter();
  return (
    <MeetingStaffPage forbidden="这里是网格员、楼栋长和社区工作人员办理议事的地方。">
      {params.id ? <ManageView id={params.id} /> : <NoTopic title="没有找到这个议题" hint="请从议事管理的列表里打开。" />}
    </MeetingStaffPage>
  );
}
