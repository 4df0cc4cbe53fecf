import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OverdueKind, WaitingFor } from '@contract/complaint-labels';
import { cx } from '../../ui/class-names';
import { dueState } from './due-text';
import './complaint.scss';

interface Props {
  dueAt: string | null;
  waitingFor: WaitingFor | null;
  overdue: { kind: OverdueKind; since: string } | null;
}

/** Often enough for a minute-grained countdown, rarely enough for a long list of chips. */
const TICK_MS = 30_000;

/** The live countdown to the case's due time: red once it is late. Nothing when nothing is due. */
export function DueChip({ dueAt, waitingFor, overdue }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!dueAt) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [dueAt]);
  const state = dueState(dueAt, waitingFor, overdue, now);
  if (!state) return null;
  return (
    <View className={cx('gh-due', state.late && 'gh-due--late')} role="timer">
      <Text>{state.late ? `⏰ ${state.text}` : state.text}</Text>
    </View>
  );
}
