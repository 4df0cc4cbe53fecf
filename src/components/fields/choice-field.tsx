import { Text, View } from '@tarojs/components';
import { cx } from '../../ui/class-names';
import { FieldFrame } from './field-frame';

interface Props {
  label: string;
  /** Names the frame for the scroll to the first error. */
  name?: string;
  value: string | null;
  placeholder: string;
  hint?: string;
  disabled?: boolean;
  error?: string;
  onOpen: () => void;
}

/** A row that shows the current choice and opens a list of options when tapped. */
export function ChoiceField({ label, name, value, placeholder, hint, disabled, error, onOpen }: Props) {
  return (
    <FieldFrame label={label} name={name} error={error} hint={hint}>
      <View
        className={cx('gh-field__choice', disabled && 'gh-field__choice--disabled')}
        role="button"
        aria-label={`选择${label}`}
        onClick={() => {
          if (!disabled) onOpen();
        }}
      >
        <Text className={cx('gh-field__value', !value && 'gh-field__placeholder')}>{value ?? placeholder}</Text>
        <Text className="gh-field__chevron">›</Text>
      </View>
    </FieldFrame>
  );
}
