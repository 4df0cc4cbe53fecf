import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ComplaintDetail, ComplaintResult } from '@contract/complaint';
import { LOW_RATING } from '@contract/complaint-labels';
import type { Reply } from '@contract/reply';
import { fitsChars } from '@contract/text';
import { rateComplaint, reopenComplaint, supportComplaint, withdrawComplaint } from '../../services/complaints';
import { Button } from '../../ui/nut';
import { ConfirmSheet } from '../confirm-sheet/confirm-sheet';
import { MultilineField } from '../fields/multiline-field';
import { RATING_WORDS, Stars } from './stars';
import './complaint.scss';

export interface ActionOutcome {
  ok: boolean;
  message: string;
  /** A rating of LOW_RATING or less: the page offers 重办 at once instead of scrolling away. */
  lowRating?: boolean;
}

interface Props {
  detail: ComplaintDetail;
  /** Open the 重办 form at once (just rated low). */
  offerReopen: boolean;
  onDone: (outcome: ActionOutcome) => void;
}

const COMMENT_MAX = 200;
const REASON_MAX = 200;

/** The reporter's and neighbours' steps `actions` allows: 评价, 重办, 撤回, 同问. Staff steps live elsewhere. */
export function ResidentActions({ detail, offerReopen, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [reopening, setReopening] = useState(offerReopen);
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<{ field: 'rating' | 'comment' | 'reason'; message: string } | null>(null);
  const can = (action: 'rate' | 'reopen' | 'withdraw' | 'support') => detail.actions.includes(action);
  if (!can('rate') && !can('reopen') && !can('withdraw') && !can('support') && !detail.supported) return null;

  async function run(call: () => Promise<Reply<ComplaintResult>>, success: string, extra: Partial<ActionOutcome> = {}) {
    setBusy(true);
    const reply = await call();
    setBusy(false);
    setAsking(false);
    onDone(reply.ok ? { ok: true, message: success, ...extra } : { ok: false, message: reply.error.message });
  }

  function submitRating() {
    if (rating < 1) return setError({ field: 'rating', message: '请选择评价' });
    if (!fitsChars(comment.trim(), COMMENT_MAX)) return setError({ field: 'comment', message: `评价内容不能超过${COMMENT_MAX}个字` });
    const low = rating <= LOW_RATING;
    void run(
      () => rateComplaint({ id: detail.id, rating, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
      low ? `评价已提交（${rating}星）。对结果不满意，可以申请重办。` : '感谢评价，这件诉求已办结',
      { lowRating: low },
    );
  }

  function submitReopen() {
    const trimmed = reason.trim();
    if (!trimmed) return setError({ field: 'reason', message: '请填写重办原因' });
    if (!fitsChars(trimmed, REASON_MAX)) return setError({ field: 'reason', message: `重办原因不能超过${REASON_MAX}个字` });
    void run(() => reopenComplaint(detail.id, trimmed), '已申请重办，网格员会重新处理');
  }

  const errorAt = (field: 'rating' | 'comment' | 'reason') => (error?.field === field ? error.message : undefined);

  return (
    <View className="gh-card gh-complaint-actions">
      {can('rate') ? (
        <View className="gh-complaint-actions__block">
          <Text className="gh-complaint-actions__title">对办理结果满意吗？</Text>
          <Text className="gh-complaint-actions__hint">评价后诉求办结；不满意（{LOW_RATING}星及以下）可以申请重办。</Text>
          <Stars value={rating} onChange={(next) => {
            setRating(next);
            setError(null);
          }} />
          {errorAt('rating') ? <Text className="gh-field__error">{errorAt('rating')}</Text> : null}
          <MultilineField name="comment" label="说说您的看法（选填）" value={comment} maxLength={COMMENT_MAX} enforceLimit={false}
            placeholder="写几句评价" hint="例如：楼道已清理干净，处理很及时。" error={errorAt('comment')}
            onChange={(next) => {
              setComment(next);
              setError(null);
            }} />
          <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={submitRating}>
            {rating ? `提交评价（${RATING_WORDS[rating]}）` : '提交评价'}
          </Button>
        </View>
      ) : null}
      {can('reopen') ? (
        <View className="gh-complaint-actions__block">
          {offerReopen ? <Text className="gh-complaint-actions__title">对结果不满意？申请重办</Text> : null}
          {reopening ? (
            <View>
              {!offerReopen ? <Text className="gh-complaint-actions__title">申请重办</Text> : null}
              <Text className="gh-complaint-actions__hint">说明还有什么没解决，网格员会重新签收处理。</Text>
              <MultilineField name="reason" label="重办原因" value={reason} maxLength={REASON_MAX} enforceLimit={false}
                placeholder="哪里还没解决" hint="例如：纸箱只清走了一半，消防通道还是堵着。" error={errorAt('reason')}
                onChange={(next) => {
                  setReason(next);
                  setError(null);
                }} />
              <View className="gh-complaint-actions__row">
                <Button fill="outline" size="large" disabled={busy} onClick={() => setReopening(false)}>取消</Button>
                <Button type="primary" size="large" loading={busy} disabled={busy} onClick={submitReopen}>申请重办</Button>
              </View>
            </View>
          ) : (
            <Button fill="outline" type="primary" size="large" block onClick={() => setReopening(true)}>
              问题没解决，申请重办
            </Button>
          )}
        </View>
      ) : null}
      {can('support') ? (
        <View className="gh-complaint-actions__block">
          <Text className="gh-complaint-actions__hint">您也遇到了这个问题？同问后办结时会通知您。</Text>
          <Button type="primary" size="large" block loading={busy} disabled={busy}
            onClick={() => void run(() => supportComplaint(detail.id), '已同问，办结时会通知您')}>
            同问（{detail.supportCount}人）
          </Button>
        </View>
      ) : null}
      {detail.supported && !can('support') ? (
        <Text className="gh-complaint-actions__hint">您已同问，办结时会通知您。</Text>
      ) : null}
      {can('withdraw') ? (
        <View className="gh-complaint-actions__link" role="button" onClick={() => setAsking(true)}>
          <Text>问题已经解决了？撤回诉求</Text>
        </View>
      ) : null}
      {asking ? (
        <ConfirmSheet title="确定撤回这件诉求吗？" message="撤回后网格员不再处理，也不能恢复；问题再出现时可以重新反映。"
          confirmText="确定撤回" busy={busy} onClose={() => setAsking(false)}
          onConfirm={() => void run(() => withdrawComplaint(detail.id), '诉求已撤回')} />
      ) : null}
    </View>
  );
}
