import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '../../ui/nut';
import { MultilineField } from '../fields/multiline-field';

export interface DecisionLabels {
  approve: string;
  reject: string;
  confirmReject: string;
  reason: string;
  reasonPlaceholder: string;
}

interface Props {
  labels: DecisionLabels;
  busy: boolean;
  /** The row the buttons sit in (each screen lays them out its own way). */
  rowClassName: string;
  size?: 'large';
  /** The Chinese message for a reason the action's schema refuses; undefined when it is acceptable. */
  reasonError: (reason: string | undefined) => string | undefined;
  onApprove: () => void;
  onReject: (reason: string) => void;
}

/** Approve, or reject with a reason the other side will read: the one decision every review screen asks for. */
export function DecisionButtons({ labels, busy, rowClassName, size, reasonError, onApprove, onReject }: Props) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  function confirmReject() {
    const trimmed = reason.trim() || undefined;
    const refusal = reasonError(trimmed);
    if (refusal || !trimmed) {
      setError(refusal);
      return;
    }
    onReject(trimmed);
  }

  if (!rejecting) {
    return (
      <View className={rowClassName}>
        <Button fill="outline" type="danger" size={size} disabled={busy} onClick={() => setRejecting(true)}>{labels.reject}</Button>
        <Button type="primary" size={size} loading={busy} disabled={busy} onClick={onApprove}>{labels.approve}</Button>
      </View>
    );
  }
  return (
    <View>
      <MultilineField name="reason" label={labels.reason} value={reason} maxLength={200} placeholder={labels.reasonPlaceholder}
        error={error}
        onChange={(value) => {
          setReason(value);
          setError(undefined);
        }} />
      <View className={rowClassName}>
        <Button fill="outline" size={size} disabled={busy} onClick={() => setRejecting(false)}>取消</Button>
        <Button type="danger" size={size} loading={busy} disabled={busy} onClick={confirmReject}>{labels.confirmReject}</Button>
      </View>
    </View>
  );
}
