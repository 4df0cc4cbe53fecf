import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MeetingDetail } from '@contract/meeting';
import { EVALUATION_DAYS, EVALUATION_DAYS_MAX } from '@contract/meeting-labels';
import { openMeetingEvaluation } from '../../services/meeting-admin';
import { Button } from '../../ui/nut';
import { ConfirmSheet } from '../confirm-sheet/confirm-sheet';
import { TextField } from '../fields/text-field';
import { evaluationDaysError, wholeNumber } from './meeting-rules';
import { onlyFields, useMeetingStep } from './use-meeting-step';

/** 开启评议: residents rate how the resolution was carried out for `days` days, then it closes by itself. */
export function EvaluationForm({ detail, onDone }: { detail: MeetingDetail; onDone: () => void }) {
  const [days, setDays] = useState(String(EVALUATION_DAYS));
  const [confirming, setConfirming] = useState(false);
  const step = useMeetingStep(onlyFields('days'), onDone);

  function ask() {
    const error = evaluationDaysError(days);
    step.setError('days', error);
    if (!error) setConfirming(true);
  }

  async function send() {
    await step.send(() => openMeetingEvaluation({ id: detail.id, days: wholeNumber(days) ?? EVALUATION_DAYS }), `已开启居民评议，为期${wholeNumber(days) ?? EVALUATION_DAYS}天`);
    setConfirming(false);
  }

  return (
    <View className="gh-card gh-meeting-step">
      <Text className="gh-meeting-step__title">开启居民评议</Text>
      <Text className="gh-meeting-step__hint">落实完成后，请范围内的居民评价办得怎么样。</Text>
      <TextField name="days" label="评议天数" type="number" value={days} hint={`1–${EVALUATION_DAYS_MAX}天，到期自动结束`}
        error={step.errors.days} onChange={(value) => { setDays(value); step.setError('days', undefined); }} />
      <View className="gh-meeting-step__row">
        <Button type="primary" size="large" block loading={step.busy} disabled={step.busy} onClick={ask}>开启评议</Button>
      </View>
      {confirming ? (
        <ConfirmSheet title="确认开启评议？" message={`评议开启后为期${wholeNumber(days) ?? EVALUATION_DAYS}天，居民会收到通知，不能提前关闭。`} confirmText="确认开启"
          tone="primary" busy={step.busy} onConfirm={() => void send()} onClose={() => setConfirming(false)} />
      ) : null}
    </View>
  );
}
