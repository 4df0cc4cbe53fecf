import { Text, View } from '@tarojs/components';
import { openPage, ROUTES } from '../../navigation/routes';
import { MEETING_QUEUE_TABS, MEETING_QUEUE_TITLES } from './queue-tabs';
import '../complaint-handling/queue-entry.scss';

/** 管理's way into the 议事 queue: one link per tab. */
export function MeetingQueueEntry() {
  return (
    <View className="gh-card gh-complaint-entry">
      <Text className="gh-complaint-entry__title">议事管理</Text>
      <View className="gh-complaint-entry__links">
        {MEETING_QUEUE_TABS.map((tab) => (
          <View key={tab} className="gh-complaint-entry__link" role="button" onClick={() => openPage(`${ROUTES.meetingQueue}?tab=${tab}`)}>
            <Text>{MEETING_QUEUE_TITLES[tab]}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
