import { Text, View } from '@tarojs/components';
import { OVERDUE_LABELS } from '@contract/complaint-labels';
import type { OverdueItem } from '@contract/report';
import { complaintDetailUrl, openPage } from '../../navigation/routes';
import { overdueText } from './figures-text';

/** Cases past a limit: what is late, where, who holds it, by how much; each opens its case. */
export function OverdueList({ items }: { items: readonly OverdueItem[] }) {
  return (
    <View className="gh-overdue" role="list">
      {items.map((item) => (
        <View key={item.id} className="gh-overdue__item" role="listitem" onClick={() => openPage(complaintDetailUrl(item.id))}>
          <View className="gh-overdue__head">
            <Text className="gh-overdue__kind">{OVERDUE_LABELS[item.kind]}</Text>
            <Text className="gh-overdue__late">{overdueText(item.overdueHours)}</Text>
          </View>
          <Text className="gh-overdue__text">{item.excerpt}</Text>
          <Text className="gh-muted gh-overdue__where">
            {[item.category, item.communityName, item.gridName].filter(Boolean).join(' · ')} · {item.holder}
          </Text>
        </View>
      ))}
    </View>
  );
}
