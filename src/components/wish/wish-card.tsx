import { Image, Text, View } from '@tarojs/components';
import type { WishCard as WishCardData } from '@contract/wish';
import { WISH_STATUS_LABELS } from '@contract/wish-labels';
import { cx } from '../../ui/class-names';
import { CATEGORY_ICONS, STATUS_TONES, daysLeftText } from './wish-text';
import './wish.scss';
import { WishTags } from './wish-tags';

interface Props {
  card: WishCardData;
  coverUrl?: string;
  /** Lists beyond the wall show every status; the wall only marks what is already claimed. */
  showStatus?: boolean;
  /** Street-wide lists (a street admin's wall) name the community beside the grid. */
  streetWide?: boolean;
  onOpen: () => void;
}

/**
 * One wish on the wall. Only what a card may show is read here: the masked name, never a phone,
 * a room or a real name, even when handed a detail that carries them.
 */
export function WishCard({ card, coverUrl, showStatus, streetWide, onOpen }: Props) {
  const due = card.status === 'published' || card.status === 'claimed' ? daysLeftText(card.daysLeft) : null;
  const badge = showStatus
    ? { text: WISH_STATUS_LABELS[card.status], tone: STATUS_TONES[card.status] }
    : card.claimed
      ? { text: '已认领', tone: STATUS_TONES.claimed }
      : null;
  return (
    <View className="gh-card gh-wish-card" role="button" aria-label={card.title} onClick={onOpen}>
      <View className={cx('gh-wish-card__cover', !coverUrl && 'gh-wish-card__cover--icon')}>
        {coverUrl ? (
          <Image className="gh-wish-card__photo" src={coverUrl} mode="aspectFill" />
        ) : (
          <Text className="gh-wish-card__icon">{CATEGORY_ICONS[card.category]}</Text>
        )}
      </View>
      <View className="gh-wish-card__body">
        <View className="gh-wish-card__top">
          <Text className="gh-wish-card__title">{card.title}</Text>
          {badge ? <Text className={cx('gh-status', `gh-status--${badge.tone}`)}>{badge.text}</Text> : null}
        </View>
        <WishTags wish={card} />
        <View className="gh-wish-card__meta">
          <Text className="gh-wish-card__who">
            {[card.beneficiaryMasked, streetWide ? card.communityName : null, card.gridName].filter(Boolean).join(' · ')}
          </Text>
          {due ? <Text className={cx('gh-wish-card__due', card.daysLeft === 0 && 'gh-wish-card__due--today')}>{due}</Text> : null}
        </View>
      </View>
    </View>
  );
}
