import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '@contract/event';
import { dateTimeLabel } from '../../ui/dates';
import { timelineText } from '../wish/wish-text';

/** What happened to the wish, oldest first: who (a role, never a name), what, when. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <View className="gh-card">
      <Text className="gh-wish-detail__heading">心愿进展</Text>
      <View className="gh-timeline">
        {entries.map((entry, index) => (
          <View key={`${entry.at}-${index}`} className="gh-timeline__item">
            <View className="gh-timeline__dot" />
            <View className="gh-timeline__body">
              <Text className="gh-timeline__text">
                {entry.actorLabel} {timelineText(entry.action)}
              </Text>
              {entry.note ? <Text className="gh-timeline__note">“{entry.note}”</Text> : null}
              <Text className="gh-timeline__time">{dateTimeLabel(entry.at)}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
