import { Text } from '@tarojs/components';
import type { MeetingStatus } from '@contract/meeting-labels';
import { MEETING_STATUS_LABELS } from '@contract/meeting-labels';
import { cx } from '../../ui/class-names';
import { MEETING_STATUS_TONES } from './meeting-text';
import '../wish/wish.scss';

export function MeetingStatusChip({ status }: { status: MeetingStatus }) {
  return <Text className={cx('gh-status', `gh-status--${MEETING_STATUS_TONES[status]}`)}>{MEETING_STATUS_LABELS[status]}</Text>;
}
