import { Textarea } from '@tarojs/components';
import { CharCount } from './char-count';
import { FieldFrame } from './field-frame';

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
    <FieldFrame label={label} error={error}>
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
    </FieldFrame>
  );
}
