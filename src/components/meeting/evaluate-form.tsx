import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { EvaluationRating } from '@contract/meeting-labels';
import { EVALUATION_RATING_LABELS, EVALUATION_RATINGS } from '@contract/meeting-labels';
import type { ReplyError } from '@contract/reply';
import { fitsChars } from '@contract/text';
import { fieldErrorsFromReply } from '../../ui/field-errors';
import { Button } from '../../ui/nut';
import { Chips } from '../chips/chips';
import { FieldFrame } from '../fields/field-frame';
import { MultilineField } from '../fields/multiline-field';
import './meeting.scss';

export const EVALUATION_COMMENT_MAX = 200;

const OPTIONS = EVALUATION_RATINGS.map((rating) => ({ id: rating, name: EVALUATION_RATING_LABELS[rating] }));

type Field = 'rating' | 'comment';

/** The fields of the form a refusal may name. */
export const evaluationFieldOf = (path: string): Field | null => (path === 'rating' || path === 'comment' ? path : null);

interface Props {
  busy: boolean;
  /** Answers a refusal that names a field of the form (shown there, and only there), else null. */
  onSubmit: (rating: EvaluationRating, comment: string | undefined) => Promise<ReplyError | null>;
}

/** 居民评议: one of three ratings and, if one likes, a few words; a refusal of a field is shown at it. */
export function EvaluateForm({ busy, onSubmit }: Props) {
  const [rating, setRating] = useState<EvaluationRating | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  async function submit() {
    const trimmed = comment.trim();
    if (!rating) return setErrors({ rating: '请选择评议结果' });
    if (!fitsChars(trimmed, EVALUATION_COMMENT_MAX)) return setErrors({ comment: `评议意见不能超过${EVALUATION_COMMENT_MAX}个字` });
    setErrors({});
    const refusal = await onSubmit(rating, trimmed || undefined);
    if (refusal) setErrors(fieldErrorsFromReply(refusal, evaluationFieldOf));
  }

  return (
    <View className="gh-meeting-actions__block">
      <Text className="gh-meeting-actions__title">决议落实得怎么样？</Text>
      <Text className="gh-meeting-actions__hint">每人评议一次，评议结果会公开汇总。</Text>
      <FieldFrame label="评议结果" name="rating" error={errors.rating}>
        <Chips label="评议结果" options={OPTIONS} selectedId={rating ?? ''}
          onSelect={(id) => {
            setRating(EVALUATION_RATINGS.find((value) => value === id) ?? null);
            setErrors((current) => ({ ...current, rating: undefined }));
          }} />
      </FieldFrame>
      <MultilineField name="comment" label="说说您的看法（选填）" value={comment} maxLength={EVALUATION_COMMENT_MAX} enforceLimit={false}
        placeholder="写几句评议" hint="例如：充电桩装好了，楼道里再也没有电动车了。" error={errors.comment}
        onChange={(next) => {
          setComment(next);
          setErrors((current) => ({ ...current, comment: undefined }));
        }} />
      <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={() => void submit()}>
        {rating ? `提交评议（${EVALUATION_RATING_LABELS[rating]}）` : '提交评议'}
      </Button>
    </View>
  );
}
