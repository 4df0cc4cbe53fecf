import { Picker, Text, View } from '@tarojs/components';
import { FieldFrame } from '../fields/field-frame';

interface Props {
  label: string;
  name: string;
  /** 'YYYY-MM-DD' and 'HH:MM' (community time); '' while not chosen. */
  date: string;
  time: string;
  onChange: (next: { date: string; time: string }) => void;
  error?: string;
  hint?: string;
}

function Native({ kind, label, value, onChange }: { kind: 'date' | 'time'; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <input className="gh-field__input gh-meeting-when__input" type={kind} aria-label={label} value={value}
      onChange={(event) => onChange(event.target.value)} />
  );
}

function WeappPicker({ kind, label, value, onChange }: { kind: 'date' | 'time'; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <Picker mode={kind} value={value} onChange={(event) => onChange(String(event.detail.value))}>
      <View className="gh-field__input gh-meeting-when__input" role="button" aria-label={label}>
        <Text>{value || (kind === 'date' ? '选择日期' : '选择时间')}</Text>
      </View>
    </Picker>
  );
}

/** A date and a time side by side: the browser's own pickers on h5, the platform's Picker on weapp. */
export function DateTimeField({ label, name, date, time, onChange, error, hint }: Props) {
  const Control = process.env.TARO_ENV === 'h5' ? Native : WeappPicker;
  return (
    <FieldFrame label={label} name={name} error={error} hint={hint}>
      <View className="gh-meeting-when">
        <Control kind="date" label={`${label}日期`} value={date} onChange={(value) => onChange({ date: value, time })} />
        <Control kind="time" label={`${label}时刻`} value={time} onChange={(value) => onChange({ date, time: value })} />
      </View>
    </FieldFrame>
  );
}
