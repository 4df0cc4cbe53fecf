import { Text, View } from '@tarojs/components';
import type { ComplaintDetail } from '@contract/complaint';
import { isStaff } from '@contract/roles';
import type { MyProfile } from '@contract/user';
import { ROUTES, openPage } from '../../navigation/routes';
import { Button } from '../../ui/nut';

/** A case that ended this way is no longer a matter to raise. */
const NOT_RAISED = new Set<ComplaintDetail['status']>(['withdrawn', 'merged']);

export function proposeFromComplaintUrl(complaintId: string): string {
  return `${ROUTES.newMeeting}?fromComplaintId=${encodeURIComponent(complaintId)}`;
}

/** 发起议事 from a complaint: for its reporter and for staff (the server checks the community). */
export function ProposeFromComplaint({ detail, profile }: { detail: ComplaintDetail; profile: MyProfile }) {
  if (NOT_RAISED.has(detail.status) || !(detail.mine || isStaff(profile.roles))) return null;
  return (
    <View className="gh-card">
      <Text className="gh-muted">这件事需要邻居们一起商量？发起议事，附议的人够了社区来议。</Text>
      <View style={{ height: '8px' }} />
      <Button fill="outline" type="primary" size="large" block onClick={() => openPage(proposeFromComplaintUrl(detail.id))}>
        发起议事
      </Button>
    </View>
  );
}
