import { Text, View } from '@tarojs/components';
import './list-footer.scss';

interface Props {
  count: number;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: string | null;
  onMore: () => void;
}

/** The end of a paged list: loading, a retry after a failed page, a tap-to-load, or the end. */
export function ListFooter({ count, hasMore, loadingMore, moreError, onMore }: Props) {
  if (loadingMore) return <Text className="gh-list-footer">正在加载…</Text>;
  if (moreError) {
    return (
      <View className="gh-list-footer gh-list-footer--action" role="button" onClick={onMore}>
        <Text>{moreError}，点击重试</Text>
      </View>
    );
  }
  if (hasMore) {
    return (
      <View className="gh-list-footer gh-list-footer--action" role="button" onClick={onMore}>
        <Text>加载更多</Text>
      </View>
    );
  }
  if (count === 0) return null;
  return <Text className="gh-list-footer">— 没有更多了 —</Text>;
}
