import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MeetingDetail } from '@contract/meeting';
import type { EvaluationRating } from '@contract/meeting-labels';
import type { Reply, ReplyError } from '@contract/reply';
import { cancelMeetingRegistration, evaluateMeeting, registerForMeeting, secondMeeting, withdrawMeeting } from '../../services/meetings';
import type { FieldOfPath } from '../../ui/field-errors';
import { fieldErrorsFromReply } from '../../ui/field-errors';
import { Button } from '../../ui/nut';
import { ConfirmSheet } from '../confirm-sheet/confirm-sheet';
import { EvaluateForm, evaluationFieldOf } from './evaluate-form';
import './meeting.scss';

export interface MeetingOutcome {
  ok: boolean;
  message: string;
}

interface Props {
  detail: MeetingDetail;
  onDone: (outcome: MeetingOutcome) => void;
}

type Asking = 'cancelRegistration' | 'withdraw' | null;

/** A resident's steps on a topic, exactly those `detail.actions` allows: 附议, 报名, 取消报名, 评议, 撤回. */
export function MeetingResidentActions({ detail, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<Asking>(null);
  const can = (action: MeetingDetail['actions'][number]) => detail.actions.includes(action);
  if (!can('second') && !can('register') && !can('cancelRegistration') && !can('evaluate') && !can('withdraw')) return null;

  /**
   * One call, one outcome, one message: a refusal a form shows at its field is answered to it (the page says
   * nothing more); anything else the page shows at the top, then reloads.
   */
  async function run<T>(call: () => Promise<Reply<T>>, success: (data: T) => string, atField?: FieldOfPath<string>): Promise<ReplyError | null> {
    setBusy(true);
    const reply = await call();
    setBusy(false);
    setAsking(null);
    if (!reply.ok && atField && Object.keys(fieldErrorsFromReply(reply.error, atField)).length > 0) return reply.error;
    onDone(reply.ok ? { ok: true, message: success(reply.data) } : { ok: false, message: reply.error.message });
    return null;
  }

  const second = () =>
    void run(() => secondMeeting(detail.id), (result) =>
      result.status === 'grid_review' && detail.status === 'proposed' ? '已附议。附议人数够了，议题已送网格党支部审议' : '已附议，议题有进展时会通知您');
  const register = () =>
    void run(() => registerForMeeting(detail.id), (result) =>
      result.registration.status === 'waitlisted' ? '名额已满，已为您排上候补，递补成功会通知您' : '报名成功，开会当天凭下方的签到码签到');
  const evaluate = (rating: EvaluationRating, comment: string | undefined) =>
    run(() => evaluateMeeting({ id: detail.id, rating, ...(comment ? { comment } : {}) }), () => '感谢您的评议', evaluationFieldOf);

  const waitlisted = detail.myRegistration?.status === 'waitlisted';
  return (
    <View className="gh-card gh-meeting-actions">
      {can('second') ? (
        <View className="gh-meeting-actions__block">
          <Text className="gh-meeting-actions__hint">您也关心这件事？附议的人够了，议题就会送网格党支部审议。</Text>
          <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={second}>
            附议（{detail.secondCount}/{detail.threshold}）
          </Button>
        </View>
      ) : null}
      {can('register') ? (
        <View className="gh-meeting-actions__block">
          <Text className="gh-meeting-actions__hint">报名后会得到一个签到码，开会当天凭码签到。</Text>
          <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={register}>
            {detail.meeting && detail.meeting.registeredCount >= detail.meeting.capacity ? '报名候补' : '报名参加议事会'}
          </Button>
        </View>
      ) : null}
      {can('evaluate') ? <EvaluateForm busy={busy} onSubmit={evaluate} /> : null}
      {can('cancelRegistration') ? (
        <View className="gh-meeting-actions__link" role="button" onClick={() => setAsking('cancelRegistration')}>
          <Text>去不了了？取消报名</Text>
        </View>
      ) : null}
      {can('withdraw') ? (
        <View className="gh-meeting-actions__link" role="button" onClick={() => setAsking('withdraw')}>
          <Text>不需要商量了？撤回议题</Text>
        </View>
      ) : null}
      {asking === 'cancelRegistration' ? (
        <ConfirmSheet title="确定取消报名吗？"
          message={waitlisted ? '取消后您会离开候补名单；想去的话可以在报名截止前重新报名。' : '取消后您的名额会让给候补的邻居；想去的话可以在报名截止前重新报名（名额满了就排候补）。'}
          confirmText="确定取消报名" cancelText="不取消" busy={busy} onClose={() => setAsking(null)}
          onConfirm={() => void run(() => cancelMeetingRegistration(detail.id), () => '已取消报名')} />
      ) : null}
      {asking === 'withdraw' ? (
        <ConfirmSheet title="确定撤回这个议题吗？" message="撤回后不再征集附议，也不能恢复；附议过的邻居会收到通知。"
          confirmText="确定撤回" busy={busy} onClose={() => setAsking(null)}
          onConfirm={() => void run(() => withdrawMeeting(detail.id), () => '议题已撤回')} />
      ) : null}
    </View>
  );
}
