import { ScrollView, Text, View } from '@tarojs/components';
import { cx } from '../../ui/class-names';
import type { Option } from '../option-sheet/option-sheet';
import './chips.scss';

interface Props {
  label: string;
  options: readonly Option[];
  selectedId: string;
  onSelect: (id: string) => void;
}

/** One row of large, horizontally scrolling filter chips; exactly one is on. */
export function Chips({ label, options, selectedId, onSelect }: Props) {
  return (
    <ScrollView scrollX className="gh-chips" enhanced showScrollbar={false}>
      <View className="gh-chips__row" role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <View
            key={option.id}
            role="radio"
            aria-checked={option.id === selectedId}
            className={cx('gh-chip', option.id === selectedId && 'gh-chip--on')}
            onClick={() => onSelect(option.id)}
          >
            <Text>{option.name}</Text>
          </View>
        ))}
      </View>
    </ScrollView>
  );
}
