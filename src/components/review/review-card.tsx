import { Text, View } from '@tarojs/components';
import { rejectionReasonError } from '@contract/review-reason';
import type { UserSummary } from '@contract/user';
import { placementText } from '../profile-card/placement-text';
import { DecisionButtons } from './decision-buttons';
import './review.scss';

interface Props {
  member: UserSummary;
  busy: boolean;
  onReview: (approve: boolean, reason?: string) => void;
}

const LABELS = {
  approve: '通过',
  reject: '不通过',
  confirmReject: '确认不通过',
  reason: '不通过的理由（申请人可以看到）',
  reasonPlaceholder: '请说明原因，便于申请人修改后再申请',
};

export function ReviewCard({ member, busy, onReview }: Props) {
  const place = placementText({ communityName: null, gridName: member.gridName, buildingName: member.buildingName });
  return (
    <View className="gh-card gh-review">
      <View className="gh-review__head">
        <Text className="gh-review__name">{member.name || '未填写姓名'}</Text>
        {member.phoneMasked ? <Text className="gh-muted">{member.phoneMasked}</Text> : null}
      </View>
      {place ? <Text className="gh-muted">{place}</Text> : null}
      <Text className="gh-review__intro">{member.volunteerIntro ?? '（未填写自我介绍）'}</Text>
      <DecisionButtons labels={LABELS} busy={busy} rowClassName="gh-review__actions" reasonError={rejectionReasonError}
        onApprove={() => onReview(true)} onReject={(reason) => onReview(false, reason)} />
    </View>
  );
}
