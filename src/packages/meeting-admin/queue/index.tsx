import { useRouter } from '@tarojs/taro';
import { MeetingQueue } from '../../../components/meeting-admin/meeting-queue';
import { MeetingStaffPage } from '../../../components/meeting-admin/staff-page';

export default function MeetingQueuePage() {
  const { params } = useRouter();
  return (
    <MeetingStaffPage forbidden="这里是网格员、楼栋长和社区工作人员办理议事的地方。">
      <MeetingQueue initialTab={params.tab} />
    </MeetingStaffPage>
  );
}
