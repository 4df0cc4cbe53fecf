import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { cx } from '../../ui/class-names';
import './fields.scss';

interface Props {
  label: string;
  error?: string;
  children: ReactNode;
}

/** What every form field shares: its label above, and its Chinese error message below, in red. */
export function FieldFrame({ label, error, children }: Props) {
  return (
    <View className={cx('gh-field', error && 'gh-field--error')}>
      <Text className="gh-field__label">{label}</Text>
      {children}
      {error ? <Text className="gh-field__error">{error}</Text> : null}
    </View>
  );
}
