import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '@contract/event';
import { dateTimeLabel } from '../../ui/dates';
import './timeline.scss';

interface Props {
  title: string;
  entries: readonly TimelineEntry[];
  /** An event's action ('wish.claimed', 'complaint.accepted') → what the line says happened. */
  textOf: (action: string) => string;
}

/** What happened to the item, oldest first: who (a role, never a name), what, when. */
export function Timeline({ title, entries, textOf }: Props) {
  if (entries.length === 0) return null;
  return (
    <View className="gh-card">
      <Text className="gh-timeline__heading">{title}</Text>
      <View className="gh-timeline">
        {entries.map((entry, index) => (
          <View key={`${entry.at}-${index}`} className="gh-timeline__item">
            <View className="gh-timeline__dot" />
            <View className="gh-timeline__body">
              <Text className="gh-timeline__text">
                {entry.actorLabel} {textOf(entry.action)}
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
