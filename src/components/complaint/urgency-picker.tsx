import { Text, View } from '@tarojs/components';
import type { Urgency } from '@contract/complaint-labels';
import { URGENCIES, URGENCY_LABELS } from '@contract/complaint-labels';
import { cx } from '../../ui/class-names';
import { FieldFrame } from '../fields/field-frame';
import { URGENCY_HINTS } from './complaint-text';
import './complaint.scss';

interface Props {
  value: Urgency;
  error?: string;
  onChange: (urgency: Urgency) => void;
}

/** 一般 / 紧急 / 特急 as three full-width rows, each with what it means and how fast it is handled. */
export function UrgencyPicker({ value, error, onChange }: Props) {
  return (
    <FieldFrame label="紧急程度" name="urgency" error={error}>
      <View className="gh-urgency" role="radiogroup" aria-label="紧急程度">
        {URGENCIES.map((urgency) => (
          <View key={urgency} role="radio" aria-checked={urgency === value}
            className={cx('gh-urgency__item', `gh-urgency__item--${urgency}`, urgency === value && 'gh-urgency__item--on')}
            onClick={() => onChange(urgency)}>
            <Text className="gh-urgency__label">{URGENCY_LABELS[urgency]}</Text>
            <Text className="gh-urgency__hint">{URGENCY_HINTS[urgency]}</Text>
          </View>
        ))}
      </View>
    </FieldFrame>
  );
}
