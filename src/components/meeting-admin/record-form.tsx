import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MeetingDetail } from '@contract/meeting';
import { useDraft } from '../../hooks/use-draft';
import { recordMeeting } from '../../services/meeting-admin';
import { Button } from '../../ui/nut';
import { ConfirmSheet } from '../confirm-sheet/confirm-sheet';
import { MultilineField } from '../fields/multiline-field';
import { TextField } from '../fields/text-field';
import { ATTENDEES_MAX, MINUTES_MAX, requiredText, RESOLUTION_MAX, wholeNumber } from './meeting-rules';
import { onlyFields, useMeetingStep } from './use-meeting-step';

type RecordField = 'minutes' | 'resolution' | 'attendeesCount';

/** 会议纪要 and 决议 after the meeting: publishing them moves the topic on to 落实. */
export function RecordForm({ detail, onDone }: { detail: MeetingDetail; onDone: () => void }) {
  const checkedIn = detail.meeting?.checkedInCount ?? 0;
  const draft = useDraft(`meeting.record.${detail.id}`, { minutes: '', resolution: '', attendeesCount: String(checkedIn) });
  const [confirming, setConfirming] = useState(false);
  const step = useMeetingStep<RecordField>(onlyFields('minutes', 'resolution', 'attendeesCount'), () => {
    draft.clear();
    onDone();
  });
  const value = draft.value;
  const change = (patch: Partial<typeof value>, field: RecordField) => {
    draft.set((current) => ({ ...current, ...patch }));
    step.setError(field, undefined);
  };

  function ask() {
    const attendees = wholeNumber(value.attendeesCount);
    const errors: Record<RecordField, string | undefined> = {
      minutes: requiredText('会议纪要', MINUTES_MAX, value.minutes),
      resolution: requiredText('决议内容', RESOLUTION_MAX, value.resolution),
      attendeesCount: attendees === null || attendees > ATTENDEES_MAX ? '参会人数无效' : undefined,
    };
    for (const field of Object.keys(errors) as RecordField[]) step.setError(field, errors[field]);
    if (!Object.values(errors).some(Boolean)) setConfirming(true);
  }

  async function send() {
    const attendeesCount = wholeNumber(value.attendeesCount) ?? checkedIn;
    await step.send(
      () => recordMeeting({ id: detail.id, minutes: value.minutes.trim(), resolution: value.resolution.trim(), attendeesCount }),
      '已发布会议纪要和决议，进入落实',
    );
    setConfirming(false);
  }

  return (
    <View className="gh-card gh-meeting-step">
      <Text className="gh-meeting-step__title">会议纪要</Text>
      <Text className="gh-meeting-step__hint">会后记录讨论情况和形成的决议，发布后范围内的居民和报名人都会收到。</Text>
      <MultilineField name="minutes" label="会议纪要" value={value.minutes} maxLength={MINUTES_MAX} placeholder="讨论了什么、大家的意见"
        error={step.errors.minutes} onChange={(minutes) => change({ minutes }, 'minutes')} />
      <MultilineField name="resolution" label="决议内容" value={value.resolution} maxLength={RESOLUTION_MAX} placeholder="形成了什么决议、谁来落实、什么时候完成"
        error={step.errors.resolution} onChange={(resolution) => change({ resolution }, 'resolution')} />
      <TextField name="attendeesCount" label="参会人数" type="number" value={value.attendeesCount} hint={`已签到${checkedIn}人`}
        error={step.errors.attendeesCount} onChange={(attendeesCount) => change({ attendeesCount }, 'attendeesCount')} />
      <View className="gh-meeting-step__row">
        <Button type="primary" size="large" block loading={step.busy} disabled={step.busy} onClick={ask}>发布纪要和决议</Button>
      </View>
      {confirming ? (
        <ConfirmSheet title="确认发布纪要和决议？" message="发布后议题进入落实阶段，纪要和决议不能再修改。" confirmText="确认发布" tone="primary"
          busy={step.busy} onConfirm={() => void send()} onClose={() => setConfirming(false)} />
      ) : null}
    </View>
  );
}
