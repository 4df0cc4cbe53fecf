import { Text } from '@tarojs/components';
import { cx } from '../../ui/class-names';

/** 12/30 under a field; red once the text is too long. */
export function CharCount({ value, limit }: { value: string; limit: number }) {
  const used = Array.from(value.trim()).length;
  return <Text className={cx('gh-field__count', used > limit && 'gh-field__count--over')}>{used}/{limit}</Text>;
}
