import { Text, View } from '@tarojs/components';
import type { Role } from '@contract/roles';
import type { TabItem, TabKey } from '../../navigation/tabs';
import { visibleTabs } from '../../navigation/tabs';
import { cx } from '../../ui/class-names';
import { TabIcon } from './tab-icon';
import './tab-bar.scss';

interface Props {
  roles: readonly Role[];
  active: TabKey;
  elder: boolean;
  /** Tabs with something new (a red dot): 我的 while messages are unread. */
  dots?: readonly TabKey[];
  /** Tabs with a number of things waiting: 管理 with the reviews waiting for the caller. */
  badges?: Partial<Record<TabKey, number>>;
  onSelect: (tab: TabItem) => void;
}

function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

export function TabBarView({ roles, active, elder, dots = [], badges = {}, onSelect }: Props) {
  return (
    <View className={cx('gh-tabbar', elder && 'gh-tabbar--elder')} role="tablist">
      {visibleTabs(roles).map((tab) => (
        <View
          key={tab.key}
          role="tab"
          aria-selected={tab.key === active}
          className={cx('gh-tabbar__item', tab.key === active && 'gh-tabbar__item--active')}
          onClick={() => onSelect(tab)}
        >
          <View className="gh-tabbar__icon">
            <TabIcon tab={tab.key} size={elder ? 28 : 22} />
            {(badges[tab.key] ?? 0) > 0 ? (
              <Text className="gh-tabbar__badge" aria-label={`${badges[tab.key] ?? 0}项待处理`}>{badgeText(badges[tab.key] ?? 0)}</Text>
            ) : dots.includes(tab.key) ? (
              <View className="gh-tabbar__dot" aria-label="有新消息" />
            ) : null}
          </View>
          <Text className="gh-tabbar__text">{tab.text}</Text>
        </View>
      ))}
    </View>
  );
}
