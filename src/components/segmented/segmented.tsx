import { Text, View } from '@tarojs/components';
import { cx } from '../../ui/class-names';
import './segmented.scss';

export interface Segment<K extends string> {
  key: K;
  title: string;
  /** A small number after the title (e.g. items waiting). */
  count?: number;
}

interface Props<K extends string> {
  segments: readonly Segment<K>[];
  active: K;
  onChange: (key: K) => void;
}

/** Two or three big tabs inside a page. */
export function Segmented<K extends string>({ segments, active, onChange }: Props<K>) {
  return (
    <View className="gh-segmented" role="tablist">
      {segments.map((segment) => (
        <View
          key={segment.key}
          role="tab"
          aria-selected={segment.key === active}
          className={cx('gh-segmented__item', segment.key === active && 'gh-segmented__item--on')}
          onClick={() => onChange(segment.key)}
        >
          <Text>{segment.title}</Text>
          {segment.count ? <Text className="gh-segmented__count">{segment.count}</Text> : null}
        </View>
      ))}
    </View>
  );
}
