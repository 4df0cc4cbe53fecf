import { Text, View } from '@tarojs/components';
import type { AdminWishCard as AdminWishCardData } from '@contract/wish';
import { WISH_STATUS_LABELS } from '@contract/wish-labels';
import { openPage, wishDetailUrl } from '../../navigation/routes';
import { cx } from '../../ui/class-names';
import { dateLabel } from '../../ui/dates';
import { STATUS_TONES } from '../wish/wish-text';
import '../wish/wish.scss';
import './wish-admin.scss';

interface Props {
  card: AdminWishCardData;
  /** Street-wide lists name the community beside the grid. */
  streetWide?: boolean;
}

/** For whom, where: the real name staff may see, the community on street-wide lists, the grid. */
export function adminWhoText(card: AdminWishCardData, streetWide = false): string {
  const parts = [card.beneficiaryName || card.beneficiaryMasked, streetWide ? card.communityName : null, card.gridName];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** One wish in 全部心愿: status, for whom, where, when it was filed and by whom for a neighbour, who claimed it. */
export function AdminWishCard({ card, streetWide = false }: Props) {
  return (
    <View className="gh-card gh-admin-wish" role="button" aria-label={card.title} onClick={() => openPage(wishDetailUrl(card.id))}>
      <View className="gh-admin-wish__top">
        <Text className="gh-admin-wish__title">{card.title}</Text>
        <Text className={cx('gh-status', `gh-status--${STATUS_TONES[card.status]}`)}>{WISH_STATUS_LABELS[card.status]}</Text>
      </View>
      <Text className="gh-admin-wish__who">{adminWhoText(card, streetWide)}</Text>
      <View className="gh-admin-wish__facts">
        <Text className="gh-admin-wish__fact">{dateLabel(card.createdAt)}提交</Text>
        {card.filedByGridWorker ? (
          <Text className="gh-admin-wish__fact">{card.requesterName ? `${card.requesterName}代提交` : '代居民提交'}</Text>
        ) : null}
        {card.claimerName ? <Text className="gh-admin-wish__fact">认领：{card.claimerName}</Text> : null}
      </View>
    </View>
  );
}
