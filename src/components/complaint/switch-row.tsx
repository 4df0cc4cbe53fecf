import { Text, View } from '@tarojs/components';
import { Switch } from '../../ui/nut';
import './complaint.scss';

interface Props {
  title: string;
  /** One line on what the switch does. */
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The whole row is the switch (the knob alone is too small to hit); the knob only shows the state. */
export function SwitchRow({ title, hint, checked, onChange }: Props) {
  return (
    <View className="gh-switch-row" role="switch" aria-checked={checked} aria-label={title} onClick={() => onChange(!checked)}>
      <View className="gh-switch-row__text">
        <Text className="gh-switch-row__title">{title}</Text>
        <Text className="gh-switch-row__hint">{hint}</Text>
      </View>
      <Switch checked={checked} ariaLabel={title} onChange={() => undefined} />
    </View>
  );
}
