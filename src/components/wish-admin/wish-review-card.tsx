import { Text, View } from '@tarojs/components';
import type { WishCard } from '@contract/wish';
import { openPage, wishDetailUrl } from '../../navigation/routes';
import { dateTimeLabel } from '../../ui/dates';
import { DecisionButtons } from '../review/decision-buttons';
import { WISH_DECISION, wishRejectionError } from './wish-decision';
import '../wish/wish.scss';
import './wish-admin.scss';
import { WishTags } from '../wish/wish-tags';

interface Props {
  card: WishCard;
  busy: boolean;
  onReview: (approve: boolean, reason?: string) => void;
}

/** One wish waiting for review: read it in full (详情), then approve, or reject with a reason. */
export function WishReviewCard({ card, busy, onReview }: Props) {
  return (
    <View className="gh-card gh-wish-review">
      <View className="gh-wish-review__open" role="button" aria-label={`查看${card.title}`} onClick={() => openPage(wishDetailUrl(card.id))}>
        <Text className="gh-wish-review__title">{card.title}</Text>
        <WishTags wish={card} showFiling />
        <Text className="gh-wish-review__excerpt">{card.storyExcerpt}</Text>
        <Text className="gh-muted">
          {card.beneficiaryMasked}
          {card.gridName ? ` · ${card.gridName}` : ''} · {dateTimeLabel(card.createdAt)}提交
        </Text>
        <Text className="gh-wish-review__more">查看心愿故事和照片 ›</Text>
      </View>
      <DecisionButtons labels={WISH_DECISION} busy={busy} rowClassName="gh-wish-review__actions"
        reasonError={(reason) => wishRejectionError(card.id, reason)}
        onApprove={() => onReview(true)} onReject={(reason) => onReview(false, reason)} />
    </View>
  );
}
