import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { OrgTree } from '@contract/org';
import { findGrid } from '@contract/org';
import type { MyProfile } from '@contract/user';
import type { CreateWishInput } from '@contract/wish';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import type { WishErrors } from '../../../components/wish-form/draft';
import { errorsFromReply, newClientRequestId } from '../../../components/wish-form/draft';
import { WishForm } from '../../../components/wish-form/wish-form';
import { useReply } from '../../../hooks/use-reply';
import { ROUTES, openPage, wishDetailUrl } from '../../../navigation/routes';
import { listOrg } from '../../../services/users';
import { createWish } from '../../../services/wishes';
import { Button } from '../../../ui/nut';
import { showError, showSuccess } from '../../../ui/toast';
import { filesOnBehalf } from '@contract/permissions-wishes';

interface FilingProps {
  buildings: { id: string; name: string }[] | null;
  startForResident: boolean;
}

function Filing({ buildings, startForResident }: FilingProps) {
  // One id per opened form: a retry after a lost reply lands on the same wish.
  const [clientRequestId] = useState(newClientRequestId);
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<WishErrors>({});

  /** One message per outcome: a refusal that names a field is shown there (the form scrolls to it), else a toast. */
  async function submit(input: CreateWishInput): Promise<boolean> {
    setSaving(true);
    setServerErrors({});
    const reply = await createWish(input);
    setSaving(false);
    if (!reply.ok) {
      const atFields = errorsFromReply(reply.error);
      if (Object.keys(atFields).length > 0) setServerErrors(atFields);
      else showError(reply.error.message);
      return false;
    }
    showSuccess('心愿已提交');
    void Taro.redirectTo({ url: wishDetailUrl(reply.data.id) });
    return true;
  }

  return (
    <WishForm buildings={buildings} startForResident={startForResident} clientRequestId={clientRequestId}
      saving={saving} serverErrors={serverErrors} onSubmit={submit} />
  );
}

/** A grid worker may file for the residents of their grid: the form needs that grid's buildings. */
function GridWorkerFiling({ profile, startForResident }: { profile: MyProfile; startForResident: boolean }) {
  const [org, reload] = useReply<OrgTree>(() => listOrg(profile.communityId ? { communityId: profile.communityId } : {}));
  if (org.status === 'loading') return <LoadingState />;
  if (org.status === 'error') return <ErrorState error={org.error} onRetry={reload} />;
  const buildings = findGrid(org.data, profile.gridId)?.buildings ?? [];
  return <Filing buildings={buildings} startForResident={startForResident} />;
}

function NewWish({ profile }: { profile: MyProfile }) {
  const { params } = useRouter();
  if (!profile.registered) {
    return (
      <EmptyState icon="📝" title="先完善个人信息" description="填写姓名和住址后，就可以发布心愿了。">
        <Button type="primary" className="gh-state__action" onClick={() => openPage(ROUTES.editProfile)}>
          去完善信息
        </Button>
      </EmptyState>
    );
  }
  const gridWorker = filesOnBehalf(profile);
  return (
    <View>
      <Text className="gh-section-title">说出您的小心愿</Text>
      <Text className="gh-muted">邻居和志愿者看到后会来帮忙。心愿墙上只显示姓氏，电话和门牌号不会公开。</Text>
      <View style={{ height: '12px' }} />
      {gridWorker ? (
        <GridWorkerFiling profile={profile} startForResident={params.for === 'resident'} />
      ) : (
        <Filing buildings={null} startForResident={false} />
      )}
    </View>
  );
}

export default function NewWishPage() {
  return (
    <PageShell back>
      <SessionGate>{(profile) => <NewWish profile={profile} />}</SessionGate>
    </PageShell>
  );
}
