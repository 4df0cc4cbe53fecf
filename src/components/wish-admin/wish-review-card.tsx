import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { fieldIssues } from '@contract/schema';
import type { WishCard } from '@contract/wish';
import { reviewWishInput } from '@contract/wish';
import { openPage, wishDetailUrl } from '../../navigation/routes';
import { dateTimeLabel } from '../../ui/dates';
import { Button } from '../../ui/nut';
import { MultilineField } from '../fields/multiline-field';
import '../wish/wish.scss';
import './wish-admin.scss';

interface Props {
  card: WishCard;
  busy: boolean;
  onReview: (approve: boolean, reason?: string) => void;
}

/** One wish waiting for review: read it in full (详情), then approve, or reject with a reason. */
export function WishReviewCard({ card, busy, onReview }: Props) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  function confirmReject() {
    const parsed = reviewWishInput.safeParse({ id: card.id, approve: false, reason: reason.trim() || undefined });
    if (!parsed.success) {
      setError(fieldIssues(parsed.error)[0]?.message);
      return;
    }
    onReview(false, parsed.data.reason);
  }

  return (
    <View className="gh-card gh-wish-review">
      <View className="gh-wish-review__open" role="button" aria-label={`查看${card.title}`} onClick={() => openPage(wishDetailUrl(card.id))}>
        <Text className="gh-wish-review__title">{card.title}</Text>
        <View className="gh-wish-card__tags">
          <Text className="gh-tag">{card.category}</Text>
          <Text className="gh-tag gh-tag--soft">{card.beneficiaryType}</Text>
          {card.filedByGridWorker ? <Text className="gh-tag gh-tag--soft">网格员代提交</Text> : null}
        </View>
        <Text className="gh-wish-review__excerpt">{card.storyExcerpt}</Text>
        <Text className="gh-muted">
          {card.beneficiaryMasked}
          {card.gridName ? ` · ${card.gridName}` : ''} · {dateTimeLabel(card.createdAt)}提交
        </Text>
        <Text className="gh-wish-review__more">查看心愿故事和照片 ›</Text>
      </View>
      {rejecting ? (
        <View>
          <MultilineField name="reason" label="不通过的理由（提交人可以看到）" value={reason} maxLength={200}
            placeholder="请说明原因，便于居民修改后重新提交" error={error}
            onChange={(value) => {
              setReason(value);
              setError(undefined);
            }} />
          <View className="gh-wish-review__actions">
            <Button fill="outline" disabled={busy} onClick={() => setRejecting(false)}>取消</Button>
            <Button type="danger" loading={busy} disabled={busy} onClick={confirmReject}>确认驳回</Button>
          </View>
        </View>
      ) : (
        <View className="gh-wish-review__actions">
          <Button fill="outline" type="danger" disabled={busy} onClick={() => setRejecting(true)}>驳回</Button>
          <Button type="primary" loading={busy} disabled={busy} onClick={() => onReview(true)}>审核通过</Button>
        </View>
      )}
    </View>
  );
}
