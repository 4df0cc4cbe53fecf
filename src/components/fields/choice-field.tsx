import { Text, View } from '@tarojs/components';
import { cx } from '../../ui/class-names';
import { FieldError } from './field-error';
import './fields.scss';

interface Props {
  label: string;
  value: string | null;
  placeholder: string;
  disabled?: boolean;
  error?: string;
  onOpen: () => void;
}

/** A row that shows the current choice and opens a list of options when tapped. */
export function ChoiceField({ label, value, placeholder, disabled, error, onOpen }: Props) {
  return (
    <View className={cx('gh-field', error && 'gh-field--error')}>
      <Text className="gh-field__label">{label}</Text>
      <View
        className={cx('gh-field__choice', disabled && 'gh-field__choice--disabled')}
        role="button"
        aria-label={`选择${label}`}
        onClick={() => {
          if (!disabled) onOpen();
        }}
      >
        <Text className={value ? '' : 'gh-field__placeholder'}>{value ?? placeholder}</Text>
        <Text className="gh-field__chevron">›</Text>
      </View>
      <FieldError message={error} />
    </View>
  );
}
