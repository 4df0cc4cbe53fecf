import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { fieldIssues } from '@contract/schema';
import type { UserSummary } from '@contract/user';
import { reviewVolunteerInput } from '@contract/user';
import { Button } from '../../ui/nut';
import { MultilineField } from '../fields/multiline-field';
import { placementText } from '../profile-card/placement-text';
import './review.scss';

interface Props {
  member: UserSummary;
  busy: boolean;
  onReview: (approve: boolean, reason?: string) => void;
}

export function ReviewCard({ member, busy, onReview }: Props) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  function confirmReject() {
    const parsed = reviewVolunteerInput.safeParse({ openid: member.openid, approve: false, reason: reason.trim() || undefined });
    if (!parsed.success) {
      setError(fieldIssues(parsed.error)[0]?.message);
      return;
    }
    onReview(false, parsed.data.reason);
  }

  const place = placementText({ communityName: null, gridName: member.gridName, buildingName: member.buildingName });
  return (
    <View className="gh-card gh-review">
      <View className="gh-review__head">
        <Text className="gh-review__name">{member.name || '未填写姓名'}</Text>
        {member.phoneMasked ? <Text className="gh-muted">{member.phoneMasked}</Text> : null}
      </View>
      {place ? <Text className="gh-muted">{place}</Text> : null}
      <Text className="gh-review__intro">{member.volunteerIntro ?? '（未填写自我介绍）'}</Text>
      {rejecting ? (
        <View>
          <MultilineField name="reason" label="不通过的理由（申请人可以看到）" value={reason} maxLength={200}
            placeholder="请说明原因，便于申请人修改后再申请" error={error}
            onChange={(value) => { setReason(value); setError(undefined); }} />
          <View className="gh-review__actions">
            <Button fill="outline" disabled={busy} onClick={() => setRejecting(false)}>取消</Button>
            <Button type="danger" loading={busy} disabled={busy} onClick={confirmReject}>确认不通过</Button>
          </View>
        </View>
      ) : (
        <View className="gh-review__actions">
          <Button fill="outline" type="danger" disabled={busy} onClick={() => setRejecting(true)}>不通过</Button>
          <Button type="primary" loading={busy} disabled={busy} onClick={() => onReview(true)}>通过</Button>
        </View>
      )}
    </View>
  );
}
