import { Textarea } from '@tarojs/components';
import { cutChars } from '@contract/text';
import { CharCount } from './char-count';
import { FieldFrame } from './field-frame';
import { nativeLimit } from './text-field';

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
  // Characters as the schemas count them; the platform's maxlength (UTF-16 units) is only a backstop.
  const limit = enforceLimit ? (nativeLimit(maxLength) ?? -1) : -1;
  const change = (next: string) => onChange(enforceLimit ? cutChars(next, maxLength) : next);
  return (
    <FieldFrame label={label} error={error}>
      {process.env.TARO_ENV === 'h5' ? (
        // The browser's own textarea: Taro's h5 Textarea is a web component that screen readers and
        // browser autofill handle less well.
        <textarea
          className="gh-field__textarea"
          name={name}
          value={value}
          maxLength={enforceLimit ? nativeLimit(maxLength) : undefined}
          placeholder={placeholder}
          onChange={(event) => change(event.target.value)}
        />
      ) : (
        <Textarea
          className="gh-field__textarea"
          name={name}
          value={value}
          maxlength={limit}
          placeholder={placeholder}
          onInput={(event) => change(event.detail.value)}
        />
      )}
      <CharCount value={value} limit={maxLength} />
    </FieldFrame>
  );
}
