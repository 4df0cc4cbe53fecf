import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useElderMode } from '../../hooks/use-elder-mode';
import { saveElderMode } from '../../state/save-elder-mode';
import { showError } from '../../ui/toast';
import { Switch } from '../../ui/nut';
import './elder-mode-switch.scss';

export function ElderModeSwitch() {
  const on = useElderMode();
  const [saving, setSaving] = useState(false);

  async function toggle(next: boolean) {
    setSaving(true);
    const error = await saveElderMode(next);
    setSaving(false);
    if (error) showError(error.message);
  }

  return (
    <View className="gh-elder gh-card">
      <View className="gh-elder__text">
        <Text className="gh-elder__title">长辈模式</Text>
        <Text className="gh-elder__hint">字体更大、按钮更大，看得清、点得准</Text>
      </View>
      <Switch
        checked={on}
        disabled={saving}
        ariaLabel="长辈模式"
        onChange={(value: boolean) => toggle(value)}
      />
    </View>
  );
}
