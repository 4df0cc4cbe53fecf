import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MyProfile } from '@contract/user';
import { ComplaintForm } from '../../../components/complaint/complaint-form';
import { newComplaintRequestId } from '../../../components/complaint/form-draft';
import { EmptyState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { ROUTES, openPage } from '../../../navigation/routes';
import { Button } from '../../../ui/nut';

function NewComplaint({ profile }: { profile: MyProfile }) {
  // One id per opened form: a retry after a lost reply lands on the same case.
  const [clientRequestId] = useState(newComplaintRequestId);
  if (!profile.registered) {
    return (
      <EmptyState icon="📝" title="先完善个人信息" description="填写姓名和住址后，就可以反映问题了。">
        <Button type="primary" className="gh-state__action" onClick={() => openPage(ROUTES.editProfile)}>
          去完善信息
        </Button>
      </EmptyState>
    );
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
