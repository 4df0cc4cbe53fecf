import { Text, View } from '@tarojs/components';
import { useElderMode } from '../../hooks/use-elder-mode';
import { cx } from '../../ui/class-names';
import './segmented.scss';

export interface Segment<K extends string> {
  key: K;
  title: string;
  /** What 长辈模式 shows instead, where the large type leaves too little room for the title. */
  short?: string;
  /** A small number after the title (e.g. items waiting). */
  count?: number;
}

interface Props<K extends string> {
  segments: readonly Segment<K>[];
  active: K;
  onChange: (key: K) => void;
}

/** Two or three big tabs inside a page; a title never breaks inside a word (a tab moves to a new row instead). */
export function Segmented<K extends string>({ segments, active, onChange }: Props<K>) {
  const elder = useElderMode();
  return (
    <View className="gh-segmented" role="tablist">
      {segments.map((segment) => (
        <View
          key={segment.key}
          role="tab"
          aria-selected={segment.key === active}
          aria-label={segment.count ? `${segment.title}，${segment.count}项` : segment.title}
          className={cx('gh-segmented__item', segment.key === active && 'gh-segmented__item--on')}
          onClick={() => onChange(segment.key)}
        >
          <Text className="gh-segmented__title">{elder && segment.short ? segment.short : segment.title}</Text>
          {segment.count ? <Text className="gh-segmented__count">{segment.count > 99 ? '99+' : segment.count}</Text> : null}
        </View>
      ))}
    </View>
  );
}
