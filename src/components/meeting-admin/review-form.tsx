import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MeetingDetail } from '@contract/meeting';
import { useDraft } from '../../hooks/use-draft';
import { gridReviewMeeting } from '../../services/meeting-admin';
import { Button } from '../../ui/nut';
import { ConfirmSheet } from '../confirm-sheet/confirm-sheet';
import { MultilineField } from '../fields/multiline-field';
import { optionalText, requiredText, REVIEW_NOTE_MAX } from './meeting-rules';
import { onlyFields, useMeetingStep } from './use-meeting-step';

/** What an approval without a note of its own says. */
export const DEFAULT_APPROVAL_NOTE = '网格党支部审议通过，提交社区党委决议';

/** 网格党支部审议: approve (a note optional) or reject (the note, the reason the proposer reads, required). */
export function ReviewForm({ detail, onDone }: { detail: MeetingDetail; onDone: () => void }) {
  const draft = useDraft(`meeting.review.${detail.id}`, { note: '' });
  const [confirm, setConfirm] = useState<boolean | null>(null);
  const step = useMeetingStep(onlyFields('note'), () => {
    draft.clear();
    onDone();
  });

  function ask(approve: boolean) {
    const note = draft.value.note;
    const error = approve
      ? optionalText('审议意见', REVIEW_NOTE_MAX, note)
      : note.trim() ? requiredText('审议意见', REVIEW_NOTE_MAX, note) : '不通过须写明理由，提议人会看到';
    step.setError('note', error);
    if (!error) setConfirm(approve);
  }

  async function send(approve: boolean) {
    const note = draft.value.note.trim() || DEFAULT_APPROVAL_NOTE;
    await step.send(() => gridReviewMeeting({ id: detail.id, approve, note }), approve ? '已审议通过，提交社区党委决议' : '已审议不通过，已告知提议人');
    setConfirm(null);
  }

  return (
    <View className="gh-card gh-meeting-step">
      <Text className="gh-meeting-step__title">网格党支部审议</Text>
      <Text className="gh-meeting-step__hint">通过后提交社区党委决议；不通过须写明理由。</Text>
      <MultilineField name="note" label="审议意见" value={draft.value.note} maxLength={REVIEW_NOTE_MAX}
        placeholder="通过可不填；不通过请写明理由" error={step.errors.note}
        onChange={(note) => { draft.set({ note }); step.setError('note', undefined); }} />
      <View className="gh-meeting-step__row">
        <Button fill="outline" type="danger" size="large" disabled={step.busy} onClick={() => ask(false)}>不通过</Button>
        <Button type="primary" size="large" disabled={step.busy} onClick={() => ask(true)}>审议通过</Button>
      </View>
      {confirm !== null ? (
        <ConfirmSheet
          title={confirm ? '确认审议通过？' : '确认审议不通过？'}
          message={confirm ? '议题将提交社区党委决议，提议人会收到通知。' : '议题将结束，提议人会看到您写的理由。此操作不能撤销。'}
          confirmText={confirm ? '确认通过' : '确认不通过'}
          tone={confirm ? 'primary' : 'danger'}
          busy={step.busy}
          onConfirm={() => void send(confirm)}
          onClose={() => setConfirm(null)}
        />
      ) : null}
    </View>
  );
}
