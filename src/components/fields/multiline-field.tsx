import { Text, Textarea, View } from '@tarojs/components';
import { cx } from '../../ui/class-names';
import { CharCount } from './char-count';
import { FieldError } from './field-error';
import './fields.scss';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength: number;
  error?: string;
  name: string;
  /** false: the limit is only counted (n/limit turns red past it), not enforced while typing. */
  enforceLimit?: boolean;
}

export function MultilineField({ label, value, onChange, placeholder, maxLength, error, name, enforceLimit = true }: Props) {
  const limit = enforceLimit ? maxLength : -1;
  return (
    <View className={cx('gh-field', error && 'gh-field--error')}>
      <Text className="gh-field__label">{label}</Text>
      {process.env.TARO_ENV === 'h5' ? (
        // The browser's own textarea: Taro's h5 Textarea is a web component that screen readers and
        // browser autofill handle less well.
        <textarea
          className="gh-field__textarea"
          name={name}
          value={value}
          maxLength={enforceLimit ? maxLength : undefined}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <Textarea
          className="gh-field__textarea"
          name={name}
          value={value}
          maxlength={limit}
          placeholder={placeholder}
          onInput={(event) => onChange(event.detail.value)}
        />
      )}
      <CharCount value={value} limit={maxLength} />
      <FieldError message={error} />
    </View>
  );
}
