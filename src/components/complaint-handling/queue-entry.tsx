import { Text, View } from '@tarojs/components';
import type { Role } from '@contract/roles';
import { openPage, ROUTES } from '../../navigation/routes';
import { DESK_TABS, QUEUE_TAB_TITLES, queueDesk } from './queue-tabs';
import './queue-entry.scss';

/** 管理's way into the complaint queue: one link per tab of the caller's desk. */
export function ComplaintQueueEntry({ roles }: { roles: readonly Role[] }) {
  const desk = queueDesk(roles);
  return (
    <View className="gh-card gh-complaint-entry">
      <Text className="gh-complaint-entry__title">诉求办理</Text>
      <View className="gh-complaint-entry__links">
        {DESK_TABS[desk].map((tab) => (
          <View key={tab} className="gh-complaint-entry__link" role="button" onClick={() => openPage(`${ROUTES.complaintQueue}?tab=${tab}`)}>
            <Text>{QUEUE_TAB_TITLES[tab]}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
