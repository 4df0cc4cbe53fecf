import { Text, View } from '@tarojs/components';

export interface Figure {
  label: string;
  value: string;
}

/** Counts a person reads at a glance: the value large, its name under it, two or three to a row. */
export function FigureGrid({ figures }: { figures: readonly Figure[] }) {
  return (
    <View className="gh-figures">
      {figures.map((figure) => (
        <View key={figure.label} className="gh-figures__item" aria-label={`${figure.label}${figure.value}`}>
          <Text className="gh-figures__value">{figure.value}</Text>
          <Text className="gh-figures__label">{figure.label}</Text>
        </View>
      ))}
    </View>
  );
}
