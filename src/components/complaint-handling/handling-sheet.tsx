import type { ReactNode } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { Button } from '../../ui/nut';
import '../option-sheet/option-sheet.scss';
import './complaint-handling.scss';

interface Props {
  title: string;
  /** What the step does, in one sentence above the fields. */
  hint?: string;
  /** Without it the fields bring their own buttons (an approve-or-refuse decision). */
  submitText?: string;
  busy: boolean;
  /** The submit waits (photos still uploading, the picker still loading). */
  blocked?: boolean;
  tone?: 'primary' | 'danger';
  onSubmit?: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** One handling step as a bottom sheet: its fields, 取消 and the step's own button. */
export function HandlingSheet({ title, hint, submitText, busy, blocked, tone = 'primary', onSubmit, onClose, children }: Props) {
  return (
    <View className="gh-sheet" role="dialog" aria-label={title}>
      <View className="gh-sheet__mask" onClick={busy ? undefined : onClose} />
      <View className="gh-sheet__panel gh-handling-sheet">
        <View className="gh-sheet__head">
          <Text className="gh-sheet__title">{title}</Text>
          <Text className="gh-sheet__close" onClick={busy ? undefined : onClose}>取消</Text>
        </View>
        <ScrollView scrollY className="gh-handling-sheet__body">
          {hint ? <Text className="gh-handling-sheet__hint">{hint}</Text> : null}
          {children}
        </ScrollView>
        {submitText && onSubmit ? (
          <View className="gh-handling-sheet__foot">
            <Button type={tone} size="large" block loading={busy} disabled={busy || blocked} onClick={onSubmit}>
              {submitText}
            </Button>
          </View>
        ) : null}
      </View>
    </View>
  );
}
