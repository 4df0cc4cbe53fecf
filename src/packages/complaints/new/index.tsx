import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MyProfile } from '@contract/user';
import { ComplaintForm } from '../../../components/complaint/complaint-form';
import { newComplaintRequestId } from '../../../components/complaint/form-draft';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { ProfileNeeded } from '../../../components/profile-needed';

function NewComplaint({ profile }: { profile: MyProfile }) {
  // One id per opened form: a retry after a lost reply lands on the same case.
  const [clientRequestId] = useState(newComplaintRequestId);
  if (!profile.registered) {
    return <ProfileNeeded then="反映问题" />;
  }
  return (
    <View>
      <Text className="gh-section-title">随手拍，反映身边的问题</Text>
      <Text className="gh-muted">楼道堆物、飞线充电、路灯坏了……拍下来，网格员限时处理，进展随时可查。</Text>
      <View style={{ height: '12px' }} />
      <ComplaintForm profile={profile} clientRequestId={clientRequestId} />
    </View>
  );
}

export default function NewComplaintPage() {
  return (
    <PageShell back>
      <SessionGate>{(profile) => <NewComplaint profile={profile} />}</SessionGate>
    </PageShell>
  );
}
