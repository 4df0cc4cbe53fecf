import { useEffect, useRef } from 'react';
import { Textarea } from '@tarojs/components';
import { cutChars } from '@contract/text';
import { CharCount } from './char-count';
import { FieldFrame } from './field-frame';
import { nativeLimit } from './text-field';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A short prompt; examples go into `hint`, below the field. */
  placeholder?: string;
  hint?: string;
  maxLength: number;
  error?: string;
  name: string;
  /** false: the limit is only counted (n/limit turns red past it), not enforced while typing. */
  enforceLimit?: boolean;
  focus?: boolean;
  onBlur?: () => void;
}

/** Several lines of text; its height follows the type size (taller in 长辈模式) and grows with the text. */
export function MultilineField(props: Props) {
  const { label, value, onChange, placeholder, hint, maxLength, error, name, enforceLimit = true, focus, onBlur } = props;
  // Characters as the schemas count them; the platform's maxlength (UTF-16 units) is only a backstop.
  const limit = enforceLimit ? (nativeLimit(maxLength) ?? -1) : -1;
  const change = (next: string) => onChange(enforceLimit ? cutChars(next, maxLength) : next);
  const native = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focus) native.current?.focus();
  }, [focus]);
  return (
    <FieldFrame label={label} name={name} error={error} hint={hint}>
      {process.env.TARO_ENV === 'h5' ? (
        // The browser's own textarea: Taro's h5 Textarea is a web component that screen readers and
        // browser autofill handle less well.
        <textarea
          ref={native}
          className="gh-field__textarea"
          name={name}
          value={value}
          maxLength={enforceLimit ? nativeLimit(maxLength) : undefined}
          placeholder={placeholder}
          onBlur={onBlur}
          onChange={(event) => change(event.target.value)}
        />
      ) : (
        <Textarea
          className="gh-field__textarea"
          name={name}
          value={value}
          maxlength={limit}
          placeholder={placeholder}
          autoHeight
          focus={Boolean(focus)}
          onBlur={onBlur}
          onInput={(event) => change(event.detail.value)}
        />
      )}
      <CharCount value={value} limit={maxLength} />
    </FieldFrame>
  );
}
