import { Text, View } from '@tarojs/components';
import { cx } from '../../ui/class-names';
import './complaint.scss';

const SCALE = [1, 2, 3, 4, 5] as const;
export const RATING_WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'] as const;

interface Props {
  value: number;
  /** Given: the stars are buttons (each a full touch target). */
  onChange?: (rating: number) => void;
}

/** 1–5 stars with the word for the rating beside them. */
export function Stars({ value, onChange }: Props) {
  return (
    <View className="gh-stars" role={onChange ? 'radiogroup' : undefined} aria-label={onChange ? '评价' : `${value}星`}>
      {SCALE.map((star) => (
        <View key={star} className={cx('gh-stars__star', onChange && 'gh-stars__star--button', star <= value && 'gh-stars__star--on')}
          role={onChange ? 'radio' : undefined} aria-checked={onChange ? star === value : undefined}
          aria-label={onChange ? `${star}星` : undefined} onClick={onChange ? () => onChange(star) : undefined}>
          <Text>★</Text>
        </View>
      ))}
      {value ? <Text className="gh-stars__word">{RATING_WORDS[value]}</Text> : null}
    </View>
  );
}
