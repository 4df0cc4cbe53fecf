import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { DecideInput, MeetingDetail } from '@contract/meeting';
import { MEETING_CAPACITY_MAX } from '@contract/meeting-labels';
import { useDraft } from '../../hooks/use-draft';
import { decideMeeting } from '../../services/meeting-admin';
import { communityDayAfter, dateTimeLabel } from '../../ui/dates';
import { Button } from '../../ui/nut';
import { Chips } from '../chips/chips';
import { ConfirmSheet } from '../confirm-sheet/confirm-sheet';
import { MultilineField } from '../fields/multiline-field';
import { TextField } from '../fields/text-field';
import { DateTimeField } from './date-time-field';
import { capacityError, communityInstant, DECISION_REASON_MAX, optionalText, PLACE_MAX, requiredText, wholeNumber } from './meeting-rules';
import { useMeetingStep } from './use-meeting-step';

export type DecideMode = 'meeting' | 'noMeeting' | 'reject';

const MODES: { id: DecideMode; name: string }[] = [
  { id: 'meeting', name: '通过，召开议事会' },
  { id: 'noMeeting', name: '通过，无需开会' },
  { id: 'reject', name: '不通过' },
];

export interface DecideDraft {
  mode: DecideMode;
  date: string;
  time: string;
  place: string;
  capacity: string;
  closeDate: string;
  closeTime: string;
  reason: string;
}

export type DecideField = 'startsAt' | 'place' | 'capacity' | 'registrationClosesAt' | 'reason';

const FIELD_OF_PATH: Record<string, DecideField> = {
  'meeting.startsAt': 'startsAt',
  'meeting.place': 'place',
  'meeting.capacity': 'capacity',
  'meeting.registrationClosesAt': 'registrationClosesAt',
  reason: 'reason',
};

type Checked = { input: DecideInput; errors?: undefined } | { input?: undefined; errors: Partial<Record<DecideField, string>> };

/** The form → the decision to send, or the messages by field (the schema's rules, and startsAt in the future). */
export function checkDecision(id: string, draft: DecideDraft, now: Date = new Date()): Checked {
  const errors: Partial<Record<DecideField, string>> = {};
  const reasonRequired = draft.mode !== 'meeting';
  const reason = reasonRequired ? requiredText('决议说明', DECISION_REASON_MAX, draft.reason) : optionalText('决议说明', DECISION_REASON_MAX, draft.reason);
  if (reason) errors.reason = reason;
  if (draft.mode !== 'meeting') {
    if (Object.keys(errors).length) return { errors };
    return { input: { id, approve: draft.mode === 'noMeeting', reason: draft.reason.trim() } };
  }
  const startsAt = communityInstant(draft.date, draft.time);
  if (!startsAt) errors.startsAt = '请选择开会日期和时间';
  else if (Date.parse(startsAt) <= now.getTime()) errors.startsAt = '开会时间须晚于现在';
  const place = requiredText('开会地点', PLACE_MAX, draft.place);
  if (place) errors.place = place;
  const capacity = capacityError(draft.capacity);
  if (capacity) errors.capacity = capacity;
  const closing = draft.closeDate || draft.closeTime;
  const closesAt = closing ? communityInstant(draft.closeDate, draft.closeTime) : null;
  if (closing && !closesAt) errors.registrationClosesAt = '请选择报名截止的日期和时间，或都不选';
  else if (closesAt && Date.parse(closesAt) <= now.getTime()) errors.registrationClosesAt = '报名截止时间须晚于现在';
  else if (closesAt && startsAt && Date.parse(closesAt) > Date.parse(startsAt)) errors.registrationClosesAt = '报名截止时间不能晚于开会时间';
  if (Object.keys(errors).length || !startsAt) return { errors };
  const reasonText = draft.reason.trim();
  return {
    input: {
      id,
      approve: true,
      ...(reasonText ? { reason: reasonText } : {}),
      meeting: { startsAt, place: draft.place.trim(), capacity: wholeNumber(draft.capacity) ?? 0, ...(closesAt ? { registrationClosesAt: closesAt } : {}) },
    },
  };
}

const SUCCESS: Record<DecideMode, string> = {
  meeting: '已决议召开议事会，居民可以报名了',
  noMeeting: '已决议通过，进入落实',
  reject: '已决议不通过，已告知提议人和附议居民',
};

function confirmText(mode: DecideMode, input: DecideInput): { title: string; message: string } {
  if (mode === 'meeting' && input.meeting) {
    return {
      title: '确认召开议事会？',
      message: `${dateTimeLabel(input.meeting.startsAt)}在${input.meeting.place}召开，限${input.meeting.capacity}人。范围内的居民会收到通知，开始报名。`,
    };
  }
  if (mode === 'noMeeting') return { title: '确认通过、无需开会？', message: '议题直接进入落实，范围内的居民会收到通知。' };
  return { title: '确认不通过？', message: '议题将结束，提议人和附议居民会看到决议说明。此操作不能撤销。' };
}

/** 社区党委决议: approve with a meeting (when, where, how many), approve without one (why), or reject (why). */
export function DecideForm({ detail, onDone }: { detail: MeetingDetail; onDone: () => void }) {
  const draft = useDraft<DecideDraft>(`meeting.decide.${detail.id}`, {
    mode: 'meeting', date: communityDayAfter(3), time: '19:00', place: '', capacity: '50', closeDate: '', closeTime: '', reason: '',
  });
  const [pending, setPending] = useState<DecideInput | null>(null);
  const step = useMeetingStep<DecideField>((path) => FIELD_OF_PATH[path] ?? null, () => {
    draft.clear();
    onDone();
  });
  const value = draft.value;
  const change = (patch: Partial<DecideDraft>, ...fields: DecideField[]) => {
    draft.set((current) => ({ ...current, ...patch }));
    for (const field of fields) step.setError(field, undefined);
  };

  function ask() {
    const checked = checkDecision(detail.id, value);
    for (const field of Object.keys(FIELD_OF_PATH).map((path) => FIELD_OF_PATH[path]!)) step.setError(field, checked.errors?.[field]);
    if (checked.input) setPending(checked.input);
  }

  async function send(input: DecideInput) {
    const mode = value.mode;
    setPending(null);
    await step.send(() => decideMeeting(input), SUCCESS[mode]);
  }

  const withMeeting = value.mode === 'meeting';
  const confirm = pending ? confirmText(value.mode, pending) : null;
  return (
    <View className="gh-card gh-meeting-step">
      <Text className="gh-meeting-step__title">社区党委决议</Text>
      <Chips label="决议结果" options={MODES} selectedId={value.mode}
        onSelect={(id) => change({ mode: MODES.find((mode) => mode.id === id)?.id ?? 'meeting' }, 'reason')} />
      {withMeeting ? (
        <View>
          <DateTimeField label="开会时间" name="startsAt" date={value.date} time={value.time} error={step.errors.startsAt}
            onChange={({ date, time }) => change({ date, time }, 'startsAt', 'registrationClosesAt')} />
          <TextField label="开会地点" name="place" value={value.place} maxLength={PLACE_MAX} placeholder="比如：社区党群服务中心二楼会议室"
            error={step.errors.place} onChange={(place) => change({ place }, 'place')} />
          <TextField label="人数上限" name="capacity" type="number" value={value.capacity} hint={`1–${MEETING_CAPACITY_MAX}人，报满后居民可候补`}
            error={step.errors.capacity} onChange={(capacity) => change({ capacity }, 'capacity')} />
          <DateTimeField label="报名截止（选填）" name="registrationClosesAt" date={value.closeDate} time={value.closeTime}
            hint="不选则报名到开会时截止" error={step.errors.registrationClosesAt}
            onChange={({ date, time }) => change({ closeDate: date, closeTime: time }, 'registrationClosesAt')} />
        </View>
      ) : null}
      <MultilineField name="reason" label={withMeeting ? '决议说明（选填）' : '决议说明'} value={value.reason} maxLength={DECISION_REASON_MAX}
        placeholder={value.mode === 'reject' ? '请写明不通过的理由' : value.mode === 'noMeeting' ? '请写明为什么无需开会、怎么落实' : '可补充议事会的安排'}
        error={step.errors.reason} onChange={(reason) => change({ reason }, 'reason')} />
      <View className="gh-meeting-step__row">
        <Button type={value.mode === 'reject' ? 'danger' : 'primary'} size="large" block loading={step.busy} disabled={step.busy} onClick={ask}>
          {value.mode === 'meeting' ? '决议并发布议事会' : value.mode === 'noMeeting' ? '决议通过' : '决议不通过'}
        </Button>
      </View>
      {pending && confirm ? (
        <ConfirmSheet title={confirm.title} message={confirm.message} confirmText="确认" tone={value.mode === 'reject' ? 'danger' : 'primary'}
          busy={step.busy} onConfirm={() => void send(pending)} onClose={() => setPending(null)} />
      ) : null}
    </View>
  );
}
