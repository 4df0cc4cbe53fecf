import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useElderMode } from '../../hooks/use-elder-mode';
import { saveElderMode } from '../../state/save-elder-mode';
import { showError } from '../../ui/toast';
import { Switch } from '../../ui/nut';
import './elder-mode-switch.scss';

/** The whole row is the switch: a tap anywhere on it toggles 长辈模式 (the small knob alone is too hard to hit). */
export function ElderModeSwitch() {
  const on = useElderMode();
  const [saving, setSaving] = useState(false);
  // A tap on the knob reaches the knob and then the row: one tap, one change.
  const busy = useRef(false);

  async function toggle(next: boolean) {
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    const error = await saveElderMode(next);
    busy.current = false;
    setSaving(false);
    if (error) showError(error.message);
  }

  return (
    <View className="gh-elder gh-card" role="switch" aria-checked={on} aria-label="长辈模式" onClick={() => void toggle(!on)}>
      <View className="gh-elder__text">
        <Text className="gh-elder__title">长辈模式</Text>
        <Text className="gh-elder__hint">字体更大、按钮更大，看得清、点得准</Text>
      </View>
      <Switch
        checked={on}
        disabled={saving}
        ariaLabel="长辈模式"
        onChange={(value: boolean) => void toggle(value)}
      />
    </View>
  );
}
