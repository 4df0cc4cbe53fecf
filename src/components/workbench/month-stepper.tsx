import { Text, View } from '@tarojs/components';
import { monthLabel, shiftMonth } from '@contract/report-month';
import { cx } from '../../ui/class-names';

interface Props {
  month: string;
  /** The latest month that may be chosen (this month). */
  latest: string;
  onChange: (month: string) => void;
}

/** ‹ 2026年12月 ›: one month back or on, never past this month; large arrows a thumb can hit. */
export function MonthStepper({ month, latest, onChange }: Props) {
  const atLatest = month >= latest;
  return (
    <View className="gh-month">
      <View className="gh-month__step" role="button" aria-label="上个月" onClick={() => onChange(shiftMonth(month, -1))}>
        <Text>‹</Text>
      </View>
      <Text className="gh-month__label">{monthLabel(month)}</Text>
      <View
        className={cx('gh-month__step', atLatest && 'gh-month__step--off')}
        role="button"
        aria-label="下个月"
        aria-disabled={atLatest}
        onClick={() => !atLatest && onChange(shiftMonth(month, 1))}
      >
        <Text>›</Text>
      </View>
    </View>
  );
}
