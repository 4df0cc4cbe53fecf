import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { fieldIssues } from '@contract/schema';
import type { MyProfile } from '@contract/user';
import { applyVolunteerInput } from '@contract/user';
import { ROUTES, openPage, openTab } from '../../navigation/routes';
import { applyVolunteer } from '../../services/users';
import { acceptProfile } from '../../state/session';
import { Button } from '../../ui/nut';
import { showError, showSuccess } from '../../ui/toast';
import { MultilineField } from '../fields/multiline-field';
import { EmptyState } from '../page-state/page-state';
import './volunteer-panel.scss';
import { askForStatusUpdates } from '../../services/subscriptions';

function ApplyForm() {
  const [intro, setIntro] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function submit() {
    const parsed = applyVolunteerInput.safeParse({ intro });
    if (!parsed.success) {
      setError(fieldIssues(parsed.error)[0]?.message);
      return;
    }
    askForStatusUpdates();
    setSaving(true);
    const reply = await applyVolunteer(parsed.data);
    setSaving(false);
    if (!reply.ok) {
      showError(reply.error.message);
      return;
    }
    acceptProfile(reply.data);
    showSuccess('申请已提交');
  }

  return (
    <View className="gh-card">
      <MultilineField
        name="intro"
        label="自我介绍"
        value={intro}
        maxLength={200}
        placeholder="说说您能帮邻居做些什么"
        hint="比如：退休教师，可以辅导孩子功课；会修水电…"
        error={error}
        onChange={(value) => {
          setIntro(value);
          setError(undefined);
        }}
      />
      <Button type="primary" size="large" block loading={saving} disabled={saving} onClick={() => void submit()}>
        {saving ? '正在提交…' : '提交申请'}
      </Button>
    </View>
  );
}

/** Where the user stands as a volunteer, and the application form when they may apply. */
export function VolunteerPanel({ profile }: { profile: MyProfile }) {
  if (!profile.registered && profile.volunteerStatus !== 'approved') {
    // Registration first: an intro written before it would be refused after it was typed.
    return (
      <EmptyState icon="📝" title="先登记，再申请志愿者" description="志愿者在自己的社区帮忙。请先填写姓名和住址，加入社区后再来申请。">
        <Button type="primary" className="gh-state__action" onClick={() => openPage(ROUTES.editProfile)}>
          去登记
        </Button>
      </EmptyState>
    );
  }
  switch (profile.volunteerStatus) {
    case 'pending':
      return <EmptyState icon="⏳" title="申请审核中" description="社区工作人员会尽快审核，请耐心等待。" />;
    case 'approved':
      return (
        <EmptyState icon="🎖️" title="您已是志愿者" description="感谢您为邻里出力！去心愿墙看看，认领邻居的微心愿吧。">
          <Button type="primary" className="gh-state__action" onClick={() => openTab('wishes')}>
            去心愿墙
          </Button>
        </EmptyState>
      );
    case 'rejected':
      return (
        <View>
          <View className="gh-card gh-volunteer__rejected">
            <Text className="gh-volunteer__rejected-title">上次申请未通过</Text>
            <Text className="gh-volunteer__rejected-reason">原因：{profile.volunteerReason ?? '未说明'}</Text>
            <Text className="gh-muted">您可以修改自我介绍后重新申请。</Text>
          </View>
          <ApplyForm />
        </View>
      );
    default:
      return (
        <View>
          <View className="gh-card gh-volunteer__intro">
            <Text className="gh-volunteer__intro-title">加入社区志愿者</Text>
            <Text className="gh-muted">帮独居老人买菜、陪孩子读书、修修水电…邻里互助，从一件小事开始。</Text>
          </View>
          <ApplyForm />
        </View>
      );
  }
}
