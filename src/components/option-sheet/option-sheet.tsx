import { ScrollView, Text, View } from '@tarojs/components';
import { cx } from '../../ui/class-names';
import './option-sheet.scss';

export interface Option {
  id: string;
  name: string;
}

interface Props {
  title: string;
  options: readonly Option[];
  selectedId: string | null;
  onSelect: (option: Option) => void;
  onClose: () => void;
}

/** A bottom sheet of large rows: easier for older hands than a scroll wheel. */
export function OptionSheet({ title, options, selectedId, onSelect, onClose }: Props) {
  return (
    <View className="gh-sheet" role="dialog" aria-label={title}>
      <View className="gh-sheet__mask" onClick={onClose} />
      <View className="gh-sheet__panel">
        <View className="gh-sheet__head">
          <Text className="gh-sheet__title">{title}</Text>
          <Text className="gh-sheet__close" onClick={onClose}>
            取消
          </Text>
        </View>
        <ScrollView scrollY className="gh-sheet__list">
          {options.length === 0 ? <Text className="gh-sheet__empty">暂无可选项</Text> : null}
          {options.map((option) => (
            <View
              key={option.id}
              role="option"
              aria-selected={option.id === selectedId}
              className={cx('gh-sheet__option', option.id === selectedId && 'gh-sheet__option--on')}
              onClick={() => onSelect(option)}
            >
              <Text>{option.name}</Text>
              {option.id === selectedId ? <Text className="gh-sheet__tick">✓</Text> : null}
            </View>
          ))}
        </ScrollView>
      </View>
    </View>
  );
}
