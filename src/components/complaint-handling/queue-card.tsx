import { Text, View } from '@tarojs/components';
import type { QueueCard as QueueCardData } from '@contract/complaint';
import { LEVEL_LABELS, SUMMON_STATUS_LABELS, URGENCY_LABELS } from '@contract/complaint-labels';
import { complaintDetailUrl, openPage } from '../../navigation/routes';
import { cx } from '../../ui/class-names';
import { DueChip } from '../complaint/due-chip';
import { CATEGORY_ICONS } from '../complaint/complaint-text';
import { StatusChip } from '../complaint/status-chip';
import './complaint-handling.scss';

/** Where: the community on street-wide lists, the grid, the building. */
export function queuePlace(card: QueueCardData, withCommunity: boolean): string {
  const parts = [withCommunity ? card.communityName : null, card.gridName, card.buildingName];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** One case in a queue: what, where, at which level, who reported it, and the countdown (red once late). */
export function QueueCard({ card, withCommunity = false }: { card: QueueCardData; withCommunity?: boolean }) {
  const late = Boolean(card.overdue) || (card.dueAt !== null && new Date(card.dueAt).getTime() < Date.now());
  const place = queuePlace(card, withCommunity);
  return (
    <View className={cx('gh-card gh-queue-card', late && 'gh-queue-card--late')} role="button"
      aria-label={`${card.category}：${card.excerpt}`} onClick={() => openPage(complaintDetailUrl(card.id))}>
      <View className="gh-queue-card__top">
        <Text className="gh-queue-card__category">{CATEGORY_ICONS[card.category]} {card.category}</Text>
        {card.urgency !== 'normal' ? <Text className="gh-status gh-status--wait">{URGENCY_LABELS[card.urgency]}</Text> : null}
        <StatusChip status={card.status} />
        <DueChip dueAt={card.dueAt} waitingFor={card.waitingFor} overdue={card.overdue} />
      </View>
      <Text className="gh-queue-card__excerpt">{card.excerpt}</Text>
      <View className="gh-queue-card__facts">
        {place ? <Text className="gh-queue-card__fact">{place}</Text> : null}
        <Text className="gh-queue-card__level">{LEVEL_LABELS[card.level]}级</Text>
        <Text className="gh-queue-card__fact">反映人：{card.reporterName ?? '匿名'}</Text>
        {card.supportCount > 0 ? <Text className="gh-queue-card__fact">{card.supportCount}人同问</Text> : null}
      </View>
      {card.summons.length ? (
        <Text className="gh-queue-card__summons">
          吹哨：{card.summons.map((summon) => `${summon.departmentName}（${SUMMON_STATUS_LABELS[summon.status]}）`).join('、')}
        </Text>
      ) : null}
    </View>
  );
}
