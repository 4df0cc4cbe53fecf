import { View } from '@tarojs/components';
import type { MeetingCard as MeetingCardData } from '@contract/meeting';
import { meetingDetailUrl, openPage } from '../../navigation/routes';
import { MeetingCard } from './meeting-card';

/** Cards; a tap opens the topic. */
export function MeetingList({ items }: { items: readonly MeetingCardData[] }) {
  return (
    <View className="gh-meeting-list">
      {items.map((card) => (
        <MeetingCard key={card.id} card={card} onOpen={() => openPage(meetingDetailUrl(card.id))} />
      ))}
    </View>
  );
}
