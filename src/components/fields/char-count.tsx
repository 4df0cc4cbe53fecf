import { Text } from '@tarojs/components';
import { charCount } from '@contract/text';
import { cx } from '../../ui/class-names';

/** 12/30 under a field, counted as the schemas count (characters, not UTF-16 units); red once too long. */
export function CharCount({ value, limit }: { value: string; limit: number }) {
  const used = charCount(value.trim());
  return <Text className={cx('gh-field__count', used > limit && 'gh-field__count--over')}>{used}/{limit}</Text>;
}
