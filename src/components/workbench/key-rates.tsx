import { Text, View } from '@tarojs/components';
import type { ComplaintFigures, MonthFigures } from '@contract/report';
import { cx } from '../../ui/class-names';
import { percentText, rateChange } from './figures-text';

interface RateSpec {
  key: keyof Pick<ComplaintFigures, 'acceptOnTimeRate' | 'resolveOnTimeRate' | 'satisfactionRate' | 'reopenRate' | 'followUpRate' | 'gridResolutionRate'>;
  label: string;
  higherIsBetter: boolean;
}

/** The six rates 12345 practice answers for each month, in the order a ledger lists them. */
export const KEY_RATES: readonly RateSpec[] = [
  { key: 'acceptOnTimeRate', label: '及时签收率', higherIsBetter: true },
  { key: 'resolveOnTimeRate', label: '按时办结率', higherIsBetter: true },
  { key: 'satisfactionRate', label: '满意率', higherIsBetter: true },
  { key: 'reopenRate', label: '重办率', higherIsBetter: false },
  { key: 'followUpRate', label: '回访率', higherIsBetter: true },
  { key: 'gridResolutionRate', label: '网格化解率', higherIsBetter: true },
];

/** The month's key rates as big numbers, each with its change from last month. */
export function KeyRates({ current, previous }: { current: MonthFigures; previous: MonthFigures }) {
  return (
    <View className="gh-rates">
      {KEY_RATES.map((spec) => {
        const value = current.complaints[spec.key];
        const change = rateChange(value, previous.complaints[spec.key], spec.higherIsBetter);
        return (
          <View key={spec.key} className="gh-rates__tile" aria-label={`${spec.label}${percentText(value)}${change ? `，${change.label}` : ''}`}>
            <Text className="gh-rates__value">{percentText(value)}</Text>
            <Text className="gh-rates__label">{spec.label}</Text>
            {change ? <Text className={cx('gh-rates__change', `gh-rates__change--${change.tone}`)}>{change.text}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
