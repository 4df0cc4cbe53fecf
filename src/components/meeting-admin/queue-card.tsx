import { Text, View } from '@tarojs/components';
import type { MeetingCard } from '@contract/meeting';
import { MEETING_STATUS_LABELS, SCOPE_LABELS } from '@contract/meeting-labels';
import { meetingManageUrl, openPage } from '../../navigation/routes';
import { dateTimeLabel } from '../../ui/dates';
import './meeting-admin.scss';

/** Where the topic belongs: its building, grid or the community, by its scope. */
export function meetingPlace(card: MeetingCard): string {
  const name = card.scope === 'building' ? card.buildingName : card.scope === 'grid' ? card.gridName : card.communityName;
  return name ? `${SCOPE_LABELS[card.scope]} · ${name}` : SCOPE_LABELS[card.scope];
}

/** One topic in the 议事 queue: what, where, how many seconded it, who proposed it and when; opens 议事管理. */
export function MeetingQueueCard({ card }: { card: MeetingCard }) {
  return (
    <View className="gh-card gh-meeting-queue-card" role="button" aria-label={card.title} onClick={() => openPage(meetingManageUrl(card.id))}>
      <View className="gh-meeting-queue-card__top">
        <Text className="gh-meeting-queue-card__title">{card.title}</Text>
        <Text className="gh-status gh-status--wait">{MEETING_STATUS_LABELS[card.status]}</Text>
      </View>
      {card.excerpt ? <Text className="gh-meeting-queue-card__excerpt">{card.excerpt}</Text> : null}
      <View className="gh-meeting-queue-card__facts">
        <Text className="gh-meeting-queue-card__fact">{meetingPlace(card)}</Text>
        <Text className="gh-meeting-queue-card__fact">{card.secondCount}人附议</Text>
        <Text className="gh-meeting-queue-card__fact">提议人：{card.proposerName}</Text>
        <Text className="gh-meeting-queue-card__fact">{dateTimeLabel(card.proposedAt)}</Text>
      </View>
      {card.startsAt ? (
        <Text className="gh-meeting-queue-card__meeting">议事会：{dateTimeLabel(card.startsAt)}{card.place ? ` · ${card.place}` : ''}</Text>
      ) : null}
    </View>
  );
}
