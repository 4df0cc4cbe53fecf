import { Input } from '@tarojs/components';
import { cutChars } from '@contract/text';
import { CharCount } from './char-count';
import { FieldFrame } from './field-frame';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A short prompt (请填写…); examples go into `hint`, below the field. */
  placeholder?: string;
  hint?: string;
  type?: 'text' | 'number';
  /** At most this many characters (code points, as the schemas count); longer input is cut while typing. */
  maxLength?: number;
  error?: string;
  name: string;
  /** Shows n/limit under the field and lets the user type past it (the schema then says what is wrong). */
  countLimit?: number;
  /** Becomes true to focus the field (useFieldFocus). */
  focus?: boolean;
  onBlur?: () => void;
}

/**
 * The platform's own maxlength counts UTF-16 units, so '𠮷' uses two: it stays a loose backstop (twice the
 * limit) and the cut to the real limit in characters happens on input.
 */
export function nativeLimit(maxLength: number | undefined): number | undefined {
  return maxLength ? maxLength * 2 : undefined;
}

export function TextField(props: Props) {
  const { label, value, onChange, placeholder, hint, type = 'text', maxLength, error, name, countLimit, focus, onBlur } = props;
  return (
    <FieldFrame label={label} name={name} error={error} hint={hint}>
      <Input
        className="gh-field__input"
        name={name}
        value={value}
        type={type}
        maxlength={nativeLimit(maxLength)}
        placeholder={placeholder}
        focus={Boolean(focus)}
        onBlur={onBlur}
        onInput={(event) => onChange(maxLength ? cutChars(event.detail.value, maxLength) : event.detail.value)}
      />
      {countLimit ? <CharCount value={value} limit={countLimit} /> : null}
    </FieldFrame>
  );
}
