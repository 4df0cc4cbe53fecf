import { Text, View } from '@tarojs/components';
import { Button } from '../../ui/nut';
import '../option-sheet/option-sheet.scss';
import './confirm-sheet.scss';

interface Props {
  title: string;
  message: string;
  confirmText: string;
  cancelText?: string;
  /** danger (default): a step that cannot be undone; primary: a choice that loses nothing. */
  tone?: 'danger' | 'primary';
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" as a bottom sheet with two big buttons. */
export function ConfirmSheet({ title, message, confirmText, cancelText = '再想想', tone = 'danger', busy, onConfirm, onClose }: Props) {
  return (
    <View className="gh-sheet" role="alertdialog" aria-label={title}>
      <View className="gh-sheet__mask" onClick={busy ? undefined : onClose} />
      <View className="gh-sheet__panel gh-confirm">
        <Text className="gh-confirm__title">{title}</Text>
        <Text className="gh-confirm__message">{message}</Text>
        <View className="gh-confirm__actions">
          <Button fill="outline" size="large" disabled={busy} onClick={onClose}>
            {cancelText}
          </Button>
          <Button type={tone} size="large" loading={busy} disabled={busy} onClick={onConfirm}>
            {confirmText}
          </Button>
        </View>
      </View>
    </View>
  );
}
