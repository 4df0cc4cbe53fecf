import { Text, View } from '@tarojs/components';
import './shortcuts.scss';

export interface Shortcut {
  key: string;
  icon: string;
  title: string;
  hint: string;
  onOpen: () => void;
}

export function Shortcuts({ items }: { items: readonly Shortcut[] }) {
  return (
    <View className="gh-shortcuts">
      {items.map((item) => (
        <View key={item.key} className="gh-shortcut" role="button" aria-label={item.title} onClick={item.onOpen}>
          <Text className="gh-shortcut__icon">{item.icon}</Text>
          <Text className="gh-shortcut__title">{item.title}</Text>
          <Text className="gh-shortcut__hint">{item.hint}</Text>
        </View>
      ))}
    </View>
  );
}
