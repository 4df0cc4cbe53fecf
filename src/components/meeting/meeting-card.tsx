import { Text, View } from '@tarojs/components';
import type { MeetingCard as MeetingCardData } from '@contract/meeting';
import { FIVE_STEPS } from '@contract/meeting-labels';
import { dateLabel, dateTimeLabel } from '../../ui/dates';
import { meetingScopeLabel } from './meeting-text';
import { MeetingStatusChip } from './status-chip';
import '../wish/wish.scss';
import './meeting.scss';

/** One topic in a list: what, where, which step, how many seconded it; a tap opens it. */
export function MeetingCard({ card, onOpen }: { card: MeetingCardData; onOpen: () => void }) {
  const gathering = card.status === 'proposed';
  return (
    <View className="gh-card gh-meeting-card" role="button" aria-label={card.title} onClick={onOpen}>
      <View className="gh-meeting-card__top">
        <Text className="gh-meeting-card__title">{card.title}</Text>
        <MeetingStatusChip status={card.status} />
      </View>
      {card.excerpt ? <Text className="gh-meeting-card__excerpt">{card.excerpt}</Text> : null}
      <View className="gh-meeting-card__facts">
        <Text className="gh-meeting-card__fact">第{card.step + 1}步 · {FIVE_STEPS[card.step]}</Text>
        <Text className="gh-meeting-card__fact">{gathering ? `附议 ${card.secondCount}/${card.threshold}` : `${card.secondCount}人附议`}</Text>
      </View>
      <View className="gh-meeting-card__facts">
        {[meetingScopeLabel(card), card.proposerName, dateLabel(card.proposedAt)].map((part, index) => (
          <Text key={index} className="gh-meeting-card__fact">{part}</Text>
        ))}
      </View>
      {card.startsAt ? (
        <Text className="gh-meeting-card__meeting">议事会：{dateTimeLabel(card.startsAt)}{card.place ? ` · ${card.place}` : ''}</Text>
      ) : null}
    </View>
  );
}
