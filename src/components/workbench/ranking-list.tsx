import { Text, View } from '@tarojs/components';
import type { RankedRow } from '@contract/report';
import { percentText } from './figures-text';

interface Props {
  rows: readonly RankedRow[];
  onOpen: (row: RankedRow) => void;
}

/** Grids (or communities) best first: 按时办结率, 满意率, what is open and late now; the lagging ones marked. */
export function RankingList({ rows, onOpen }: Props) {
  return (
    <View className="gh-ranking" role="list">
      {rows.map((row, index) => (
        <View key={row.id ?? row.name} className="gh-ranking__row" role="listitem" onClick={() => onOpen(row)}>
          <Text className="gh-ranking__place">{index + 1}</Text>
          <View className="gh-ranking__body">
            <View className="gh-ranking__head">
              <Text className="gh-ranking__name">{row.name}</Text>
              {row.lagging ? <Text className="gh-ranking__lag">需督促</Text> : null}
            </View>
            <Text className="gh-muted gh-ranking__figures">
              受理{row.received} · 按时办结{percentText(row.resolveOnTimeRate)} · 满意{percentText(row.satisfactionRate)}
            </Text>
            <Text className="gh-muted gh-ranking__figures">
              在办{row.openNow} · 超时{row.overdueNow}
            </Text>
          </View>
          <Text className="gh-ranking__chevron">›</Text>
        </View>
      ))}
    </View>
  );
}
