import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { fieldDomId } from '../../hooks/use-field-focus';
import { cx } from '../../ui/class-names';
import './fields.scss';

interface Props {
  label: string;
  /** The field's name: its frame gets the id the scroll to the first error looks for. */
  name?: string;
  error?: string;
  /** An example or a rule, shown below the control (a placeholder is clipped and gone once typing starts). */
  hint?: string;
  children: ReactNode;
}

/** What every form field shares: its label above, an example below, and its Chinese error message, in red. */
export function FieldFrame({ label, name, error, hint, children }: Props) {
  return (
    <View id={name ? fieldDomId(name) : undefined} className={cx('gh-field', error && 'gh-field--error')}>
      <Text className="gh-field__label">{label}</Text>
      {children}
      {hint ? <Text className="gh-field__hint">{hint}</Text> : null}
      {error ? <Text className="gh-field__error">{error}</Text> : null}
    </View>
  );
}
