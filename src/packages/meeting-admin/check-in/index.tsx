import { useRouter } from '@tarojs/taro';
import { CheckInView } from '../../../components/meeting-admin/check-in-view';
import { MeetingStaffPage, NoTopic } from '../../../components/meeting-admin/staff-page';

export default function MeetingCheckInPage() {
  const { params } = useRouter();
  return (
    <MeetingStaffPage forbidden="签到由网格员、楼栋长和社区工作人员办理。">
      {params.id ? <CheckInView id={params.id} /> : <NoTopic title="没有找到这次议事会" hint="请从议题办理页打开签到。" />}
    </MeetingStaffPage>
  );
}
