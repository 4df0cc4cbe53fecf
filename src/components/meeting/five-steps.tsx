import { Text, View } from '@tarojs/components';
import type { MeetingStatus } from '@contract/meeting-labels';
import { FIVE_STEPS, MEETING_STATUS_LABELS, STEP_OF_STATUS } from '@contract/meeting-labels';
import { cx } from '../../ui/class-names';
import { ENDED_EARLY } from './meeting-text';
import './meeting.scss';

type StepState = 'done' | 'current' | 'stopped' | 'todo';

function stateOf(index: number, status: MeetingStatus): StepState {
  const at = STEP_OF_STATUS[status];
  if (index < at || (index === at && status === 'closed')) return 'done';
  if (index > at) return 'todo';
  return ENDED_EARLY.includes(status) ? 'stopped' : 'current';
}

const MARKS: Record<StepState, string> = { done: '✓', current: '●', stopped: '✕', todo: '' };

/** 五步工作法 as a vertical line (it never needs more than 320 px): done, where it stands now, or where it stopped and why. */
export function FiveSteps({ status }: { status: MeetingStatus }) {
  return (
    <View className="gh-card">
      <Text className="gh-meeting-detail__heading">五步议事</Text>
      <View className="gh-meeting-steps" role="list" aria-label="议事进度">
        {FIVE_STEPS.map((name, index) => {
          const state = stateOf(index, status);
          return (
            <View key={name} role="listitem" aria-current={state === 'current' || state === 'stopped' ? 'step' : undefined}
              className={cx('gh-meeting-steps__item', `gh-meeting-steps__item--${state}`)}>
              <View className="gh-meeting-steps__dot">
                <Text>{MARKS[state] || index + 1}</Text>
              </View>
              <View className="gh-meeting-steps__body">
                <Text className="gh-meeting-steps__name">{name}</Text>
                {state === 'stopped' ? <Text className="gh-meeting-steps__note">{MEETING_STATUS_LABELS[status]}，议题到此结束</Text> : null}
                {state === 'current' ? <Text className="gh-meeting-steps__note">{MEETING_STATUS_LABELS[status]}</Text> : null}
              </View>
            </View>
          );
        })}
      </View>
    </View>
  );
}
