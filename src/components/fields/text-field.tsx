import { Input } from '@tarojs/components';
import { CharCount } from './char-count';
import { FieldFrame } from './field-frame';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  type?: 'text' | 'number';
  maxLength?: number;
  error?: string;
  name: string;
  /** Shows n/limit under the field and lets the user type past it (the schema then says what is wrong). */
  countLimit?: number;
}

export function TextField({ label, value, onChange, placeholder, type = 'text', maxLength, error, name, countLimit }: Props) {
  return (
    <FieldFrame label={label} error={error}>
      <Input
        className="gh-field__input"
        name={name}
        value={value}
        type={type}
        maxlength={maxLength}
        placeholder={placeholder}
        onInput={(event) => onChange(event.detail.value)}
      />
      {countLimit ? <CharCount value={value} limit={countLimit} /> : null}
    </FieldFrame>
  );
}
