import { useCallback, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MeetingDetail } from '@contract/meeting';
import { CHECK_IN_CODE_LENGTH, isCheckInCode } from '@contract/meeting-labels';
import { useReloadableItem } from '../../hooks/use-reloadable-item';
import { checkInMeeting, getMeetingForStaff } from '../../services/meeting-admin';
import { cx } from '../../ui/class-names';
import { dateTimeLabel } from '../../ui/dates';
import { Button } from '../../ui/nut';
import { ErrorState, LoadingState } from '../page-state/page-state';
import { normaliseCheckInCode } from './check-in-code';
import './meeting-admin.scss';

type Outcome = { ok: true; text: string } | { ok: false; text: string } | null;

function CheckInDesk({ detail }: { detail: MeetingDetail }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [checkedIn, setCheckedIn] = useState(detail.meeting?.checkedInCount ?? 0);
  const [focus, setFocus] = useState(true);
  const registered = detail.meeting?.registeredCount ?? 0;

  async function submit(raw: string = code) {
    const value = normaliseCheckInCode(raw);
    if (busy) return;
    if (!isCheckInCode(value)) {
      setOutcome({ ok: false, text: '签到码为6位字母或数字' });
      return;
    }
    setBusy(true);
    setFocus(false);
    const reply = await checkInMeeting(detail.id, value);
    setBusy(false);
    if (reply.ok) {
      setCheckedIn(reply.data.checkedInCount);
      setOutcome({ ok: true, text: `${reply.data.name} 已签到` });
      setCode('');
    } else {
      setOutcome({ ok: false, text: reply.error.message });
    }
    setFocus(true);
  }

  async function scan() {
    try {
      const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] });
      const value = normaliseCheckInCode(result.result);
      setCode(value);
      void submit(value);
    } catch {
      // Closed without scanning: nothing to say.
    }
  }

  const opensHint = detail.actions.includes('checkIn') ? null : detail.status === 'scheduled' ? '开会前2小时开始签到' : '这个议题现在不能签到';
  return (
    <View>
      <View className="gh-card gh-meeting-head">
        <Text className="gh-meeting-head__title">{detail.title}</Text>
        {detail.meeting ? <Text className="gh-muted">{dateTimeLabel(detail.meeting.startsAt)} · {detail.meeting.place}</Text> : null}
        <View role="status" aria-label="签到人数"><Text className="gh-meeting-check__count">已签到 {checkedIn} / {registered}</Text></View>
        {opensHint ? <Text className="gh-meeting-step__hint">{opensHint}</Text> : null}
      </View>
      <View className="gh-card gh-meeting-check">
        <Text className="gh-meeting-step__title">输入签到码</Text>
        <Input className="gh-meeting-check__code" name="code" aria-label="签到码" value={code} maxlength={CHECK_IN_CODE_LENGTH * 2}
          placeholder="6位签到码" focus={focus} confirmType="done"
          onInput={(event) => { setCode(normaliseCheckInCode(event.detail.value)); setOutcome(null); }}
          onConfirm={() => void submit()} />
        <View className="gh-meeting-step__row">
          <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={() => void submit()}>签到</Button>
        </View>
        {process.env.TARO_ENV === 'weapp' ? (
          <View className="gh-meeting-step__row">
            <Button fill="outline" size="large" block disabled={busy} onClick={() => void scan()}>扫码签到</Button>
          </View>
        ) : null}
        {outcome ? (
          <View role={outcome.ok ? 'status' : 'alert'}>
            <Text className={cx('gh-meeting-check__result', outcome.ok ? 'gh-meeting-check__result--ok' : 'gh-meeting-check__result--error')}>
              {outcome.text}
            </Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}

/** 签到: staff type (or scan) a registrant's code at the door; ready for the next one after each. */
export function CheckInView({ id }: { id: string }) {
  const read = useCallback(() => getMeetingForStaff(id), [id]);
  const [state, reload] = useReloadableItem(read);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={() => void reload()} />;
  return <CheckInDesk detail={state.item} />;
}
