import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '@contract/event';
import { complaintDetailUrl, meetingDetailUrl, openPage, wishDetailUrl } from '../../navigation/routes';
import { dateTimeLabel } from '../../ui/dates';
import './timeline.scss';

interface Props {
  title: string;
  entries: readonly TimelineEntry[];
  /** An event's action ('wish.claimed', 'complaint.accepted') → what the line says happened. */
  textOf: (action: string) => string;
}

/** Where a line that came from another item leads (a topic raised from a complaint, and back); null: nowhere to open. */
export function timelineLinkUrl(link: NonNullable<TimelineEntry['link']>): string | null {
  switch (link.itemType) {
    case 'meeting':
      return meetingDetailUrl(link.itemId);
    case 'complaint':
      return complaintDetailUrl(link.itemId);
    case 'wish':
      return wishDetailUrl(link.itemId);
    default:
      return null;
  }
}

/** What happened to the item, oldest first: who (a role, never a name), what, when; a line from another item opens it. */
export function Timeline({ title, entries, textOf }: Props) {
  if (entries.length === 0) return null;
  return (
    <View className="gh-card">
      <Text className="gh-timeline__heading">{title}</Text>
      <View className="gh-timeline">
        {entries.map((entry, index) => {
          const url = entry.link ? timelineLinkUrl(entry.link) : null;
          return (
            <View key={`${entry.at}-${index}`} className="gh-timeline__item">
              <View className="gh-timeline__dot" />
              <View className="gh-timeline__body">
                <Text className="gh-timeline__text">
                  {entry.actorLabel} {textOf(entry.action)}
                </Text>
                {entry.note ? <Text className="gh-timeline__note">“{entry.note}”</Text> : null}
                {url ? (
                  <View className="gh-timeline__link" role="link" onClick={() => openPage(url)}>
                    <Text>{entry.link?.title ? `${entry.link.title} ›` : '查看详情 ›'}</Text>
                  </View>
                ) : null}
                <Text className="gh-timeline__time">{dateTimeLabel(entry.at)}</Text>
              </View>
            </View>
          );
        })}
      </View>
    </View>
  );
}
