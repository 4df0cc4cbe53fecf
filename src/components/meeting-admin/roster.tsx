import { Text, View } from '@tarojs/components';
import type { MeetingDetail, RosterEntry } from '@contract/meeting';
import { cx } from '../../ui/class-names';

function RosterRow({ entry }: { entry: RosterEntry }) {
  const state = entry.status === 'waitlisted' ? `候补第${entry.waitlistPosition ?? '?'}位` : '已报名';
  return (
    <View className="gh-meeting-roster__row" role="listitem">
      <Text className="gh-meeting-roster__name">{entry.name}</Text>
      <Text className={cx('gh-meeting-roster__state', entry.status === 'waitlisted' && 'gh-meeting-roster__state--wait')}>{state}</Text>
      <Text className={cx('gh-meeting-roster__check', entry.checkedIn && 'gh-meeting-roster__check--on')}>{entry.checkedIn ? '已签到' : '未签到'}</Text>
    </View>
  );
}

/** 报名名单: who holds a place, who waits (in order), who is checked in, against the capacity. */
export function Roster({ meeting, roster }: { meeting: NonNullable<MeetingDetail['meeting']>; roster: readonly RosterEntry[] }) {
  const registered = roster.filter((entry) => entry.status === 'registered');
  const waitlisted = roster.filter((entry) => entry.status === 'waitlisted')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  return (
    <View className="gh-card gh-meeting-roster">
      <Text className="gh-meeting-step__title">报名名单</Text>
      <Text className="gh-meeting-roster__counts">
        已报名 {meeting.registeredCount}/{meeting.capacity} · 候补 {meeting.waitlistCount} · 已签到 {meeting.checkedInCount}
      </Text>
      {roster.length === 0 ? <Text className="gh-muted">还没有人报名。</Text> : null}
      {registered.length ? <View role="list" aria-label="已报名">{registered.map((entry, index) => <RosterRow key={`r${index}`} entry={entry} />)}</View> : null}
      {waitlisted.length ? (
        <View role="list" aria-label="候补">
          <Text className="gh-meeting-roster__group">候补名单</Text>
          {waitlisted.map((entry, index) => <RosterRow key={`w${index}`} entry={entry} />)}
        </View>
      ) : null}
    </View>
  );
}
