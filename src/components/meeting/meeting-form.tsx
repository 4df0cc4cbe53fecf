import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MeetingScope } from '@contract/meeting-labels';
import { MEETING_SCOPES, SCOPE_LABELS } from '@contract/meeting-labels';
import type { ReplyError } from '@contract/reply';
import type { MyProfile } from '@contract/user';
import { useDraft } from '../../hooks/use-draft';
import { useFieldFocus } from '../../hooks/use-field-focus';
import { useLeaveGuard } from '../../hooks/use-leave-guard';
import { meetingDetailUrl } from '../../navigation/routes';
import { proposeMeeting } from '../../services/meetings';
import { Button } from '../../ui/nut';
import { showError, showSuccess } from '../../ui/toast';
import { Chips } from '../chips/chips';
import { DraftNotice } from '../fields/draft-notice';
import { FieldFrame } from '../fields/field-frame';
import { MultilineField } from '../fields/multiline-field';
import { TextField } from '../fields/text-field';
import type { MeetingDraft, MeetingErrors, MeetingField } from './meeting-draft';
import {
  BACKGROUND_MAX,
  MEETING_FIELD_ORDER,
  TITLE_MAX,
  emptyMeetingDraft,
  meetingDraftKey,
  meetingErrorsFromReply,
  scopeAvailable,
  validateMeeting,
} from './meeting-draft';
import './meeting.scss';

interface Props {
  profile: MyProfile;
  clientRequestId: string;
  /** Raised from this complaint: its id, and what the form shows of it (null while unknown). */
  fromComplaint: { id: string; title: string | null } | null;
}

/** 发起议事. 清空重填 starts it again from scratch. */
export function MeetingForm(props: Props) {
  const [round, setRound] = useState(0);
  return <MeetingFormBody key={round} {...props} onRestart={() => setRound((current) => current + 1)} />;
}

function placeName(profile: MyProfile, scope: MeetingScope): string | null {
  return scope === 'building' ? profile.buildingName : scope === 'grid' ? profile.gridName : profile.communityName;
}

function MeetingFormBody({ profile, clientRequestId, fromComplaint, onRestart }: Props & { onRestart: () => void }) {
  const draft = useDraft<MeetingDraft>(meetingDraftKey(fromComplaint?.id ?? null), emptyMeetingDraft());
  const value = draft.value;
  const [localErrors, setLocalErrors] = useState<MeetingErrors>({});
  const [serverErrors, setServerErrors] = useState<MeetingErrors>({});
  const [saving, setSaving] = useState(false);
  const focus = useFieldFocus();
  useLeaveGuard(draft.dirty);

  const errorOf = (field: MeetingField) => localErrors[field] ?? serverErrors[field];
  const scopes = MEETING_SCOPES.filter((scope) => scopeAvailable(profile, scope));
  const scopeOptions = scopes.map((scope) => {
    const name = placeName(profile, scope);
    return { id: scope, name: name ? `${SCOPE_LABELS[scope]}（${name}）` : SCOPE_LABELS[scope] };
  });

  function change<K extends keyof MeetingDraft>(key: K, next: MeetingDraft[K]) {
    draft.set((current) => ({ ...current, [key]: next }));
    setLocalErrors((current) => ({ ...current, [key]: undefined }));
    setServerErrors((current) => ({ ...current, [key]: undefined }));
  }

  /** One message per outcome: at the field the refusal names, or as a toast. */
  function refused(error: ReplyError) {
    const atFields = meetingErrorsFromReply(error);
    if (Object.keys(atFields).length === 0) showError(error.message);
    setServerErrors(atFields);
    focus.reveal(atFields, MEETING_FIELD_ORDER);
  }

  async function submit() {
    if (saving) return;
    const result = validateMeeting(value, fromComplaint?.id ?? null, clientRequestId);
    if (!result.ok) {
      setLocalErrors(result.errors);
      focus.reveal(result.errors, MEETING_FIELD_ORDER);
      return;
    }
    setLocalErrors({});
    setServerErrors({});
    setSaving(true);
    const reply = await proposeMeeting(result.input);
    setSaving(false);
    if (!reply.ok) return refused(reply.error);
    draft.clear();
    showSuccess('议题已发起，邀请邻居来附议吧');
    void Taro.redirectTo({ url: meetingDetailUrl(reply.data.id) });
  }

  return (
    <View className="gh-meeting-form">
      {draft.restored ? (
        <DraftNotice onDiscard={() => {
          draft.discard();
          onRestart();
        }} />
      ) : null}
      {fromComplaint ? (
        <View className="gh-card">
          <FieldFrame label="来自诉求" name="fromComplaintId" error={errorOf('fromComplaintId')}>
            <Text className="gh-meeting-form__from">📋 {fromComplaint.title ?? '正在读取诉求…'}</Text>
          </FieldFrame>
        </View>
      ) : null}
      <View className="gh-card">
        <TextField name="title" label="议题" value={value.title} countLimit={TITLE_MAX} placeholder="请用一句话说清要商量的事"
          hint="例如：1号楼楼下加装电动车充电桩" error={errorOf('title')} focus={focus.focused === 'title'} onBlur={focus.release}
          onChange={(next) => change('title', next)} />
        <MultilineField name="background" label="背景说明" value={value.background} maxLength={BACKGROUND_MAX} enforceLimit={false}
          placeholder="为什么要商量、现在是什么情况、您的建议" hint="例如：楼道里常有人给电动车充电，有火灾隐患；建议在楼下空地装一排充电桩。"
          error={errorOf('background')} focus={focus.focused === 'background'} onBlur={focus.release}
          onChange={(next) => change('background', next)} />
        <FieldFrame label="议事范围" name="scope" error={errorOf('scope')} hint="范围内的居民可以附议、报名参会和评议。">
          <Chips label="议事范围" options={scopeOptions} selectedId={value.scope ?? ''}
            onSelect={(id) => change('scope', scopes.find((scope) => scope === id) ?? null)} />
        </FieldFrame>
      </View>
      <Button type="primary" size="large" block loading={saving} disabled={saving} onClick={() => void submit()}>
        {saving ? '正在提交…' : '发起议事'}
      </Button>
      <Text className="gh-meeting-form__after">发起后30天内征集附议，人数够了送网格党支部审议，进展会在“消息”里通知您。</Text>
    </View>
  );
}
