import { Text } from '@tarojs/components';
import type { ComplaintStatus } from '@contract/complaint-labels';
import { COMPLAINT_STATUS_LABELS } from '@contract/complaint-labels';
import { cx } from '../../ui/class-names';
import { COMPLAINT_STATUS_TONES } from './complaint-text';
import '../wish/wish.scss';

export function StatusChip({ status }: { status: ComplaintStatus }) {
  return <Text className={cx('gh-status', `gh-status--${COMPLAINT_STATUS_TONES[status]}`)}>{COMPLAINT_STATUS_LABELS[status]}</Text>;
}
