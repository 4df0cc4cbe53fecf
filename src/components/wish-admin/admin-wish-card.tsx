import { Text, View } from '@tarojs/components';
import type { WishCard } from '@contract/wish';
import { WISH_STATUS_LABELS } from '@contract/wish';
import { openPage, wishDetailUrl } from '../../navigation/routes';
import { cx } from '../../ui/class-names';
import { dateLabel } from '../../ui/dates';
import { claimerName, communityName, requesterName } from '../wish/announced';
import { STATUS_TONES } from '../wish/wish-text';
import '../wish/wish.scss';
import './wish-admin.scss';

interface Props {
  card: WishCard;
  /** Street-wide lists name the community beside the grid. */
  streetWide?: boolean;
}

/** Who, where: the real name staff may see (else the masked one), the community on street-wide lists, the grid. */
export function adminWhoText(card: WishCard, streetWide = false): string {
  const parts = [requesterName(card) ?? card.beneficiaryMasked, streetWide ? communityName(card) : null, card.gridName];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** One wish in 全部心愿: status, whose, where, when it was filed, who claimed it; a tap opens it. */
export function AdminWishCard({ card, streetWide = false }: Props) {
  const claimer = claimerName(card);
  return (
    <View className="gh-card gh-admin-wish" role="button" aria-label={card.title} onClick={() => openPage(wishDetailUrl(card.id))}>
      <View className="gh-admin-wish__top">
        <Text className="gh-admin-wish__title">{card.title}</Text>
        <Text className={cx('gh-status', `gh-status--${STATUS_TONES[card.status]}`)}>{WISH_STATUS_LABELS[card.status]}</Text>
      </View>
      <Text className="gh-admin-wish__who">{adminWhoText(card, streetWide)}</Text>
      <View className="gh-admin-wish__facts">
        <Text className="gh-admin-wish__fact">{dateLabel(card.createdAt)}提交</Text>
        {card.filedByGridWorker ? <Text className="gh-admin-wish__fact">代居民提交</Text> : null}
        {claimer ? <Text className="gh-admin-wish__fact">认领：{claimer}</Text> : null}
      </View>
    </View>
  );
}
