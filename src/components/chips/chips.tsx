import { Text, View } from '@tarojs/components';
import { cx } from '../../ui/class-names';
import type { Option } from '../option-sheet/option-sheet';
import './chips.scss';

interface Props {
  label: string;
  options: readonly Option[];
  selectedId: string;
  onSelect: (id: string) => void;
}

/**
 * Large filter chips that wrap onto more rows rather than scroll sideways: every choice is in sight, and
 * none is cut at the screen's edge at 320 px in 长辈模式. Exactly one is on.
 */
export function Chips({ label, options, selectedId, onSelect }: Props) {
  return (
    <View className="gh-chips">
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
    </View>
  );
}
