import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OrgTree } from '@contract/org';
import type { MyProfile, UpdateProfileInput } from '@contract/user';
import { ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import type { DraftErrors } from '../../../components/profile-form/draft';
import { draftFromProfile, profileErrorsFromReply } from '../../../components/profile-form/draft';
import { ProfileForm } from '../../../components/profile-form/profile-form';
import { SessionGate } from '../../../components/session-gate';
import { useReply } from '../../../hooks/use-reply';
import { goBack } from '../../../navigation/routes';
import { listOrg, updateProfile } from '../../../services/users';
import { acceptProfile } from '../../../state/session';
import { showError, showSuccess } from '../../../ui/toast';

function EditProfile({ profile }: { profile: MyProfile }) {
  const [org, reload] = useReply<OrgTree>(() => listOrg());
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});

  /** One message per outcome: a refusal that names a field is shown there (the form scrolls to it), else a toast. */
  async function save(input: UpdateProfileInput): Promise<boolean> {
    setSaving(true);
    const reply = await updateProfile(input);
    setSaving(false);
    if (!reply.ok) {
      const atFields = profileErrorsFromReply(reply.error);
      if (Object.keys(atFields).length > 0) setServerErrors(atFields);
      else showError(reply.error.message);
      return false;
    }
    acceptProfile(reply.data);
    showSuccess('已保存');
    goBack();
    return true;
  }

  if (org.status === 'loading') return <LoadingState />;
  if (org.status === 'error') return <ErrorState error={org.error} onRetry={reload} />;
  return (
    <View>
      <Text className="gh-section-title">{profile.registered ? '修改个人信息' : '登记个人信息'}</Text>
      <Text className="gh-muted">手机号和门牌号只有本社区工作人员可以看到。</Text>
      <View style={{ height: '12px' }} />
      <ProfileForm initial={draftFromProfile(profile)} org={org.data} saving={saving} serverErrors={serverErrors}
        onSubmit={save} />
    </View>
  );
}

export default function EditProfilePage() {
  return (
    <PageShell back>
      <SessionGate>{(profile) => <EditProfile profile={profile} />}</SessionGate>
    </PageShell>
  );
}
