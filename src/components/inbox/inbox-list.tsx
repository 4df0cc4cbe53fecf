import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { InboxItem } from '@contract/event';
import { usePagedList } from '../../hooks/use-paged-list';
import { ROUTES, openPage, wishDetailUrl } from '../../navigation/routes';
import { listInbox, markInboxRead } from '../../services/inbox';
import { clearUnread } from '../../state/inbox';
import { cx } from '../../ui/class-names';
import { dateTimeLabel } from '../../ui/dates';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import './inbox.scss';

function open(item: InboxItem) {
  if (item.itemType === 'wish') openPage(wishDetailUrl(item.itemId));
  else if (item.itemType === 'user') openPage(ROUTES.volunteer);
}

function Row({ item }: { item: InboxItem }) {
  return (
    <View className={cx('gh-card gh-inbox__item', item.unread && 'gh-inbox__item--unread')} role="button" onClick={() => open(item)}>
      {item.unread ? <View className="gh-inbox__dot" aria-label="未读" /> : null}
      <View className="gh-inbox__body">
        <Text className="gh-inbox__text">{item.text}</Text>
        {item.itemTitle ? <Text className="gh-inbox__title">「{item.itemTitle}」</Text> : null}
        {item.note ? <Text className="gh-inbox__note">{item.note}</Text> : null}
        <Text className="gh-inbox__time">{dateTimeLabel(item.at)}</Text>
      </View>
      {item.itemType === 'wish' || item.itemType === 'user' ? <Text className="gh-inbox__chevron">›</Text> : null}
    </View>
  );
}

/** 消息: what happened to the user's wishes and applications, newest first; opening it reads everything. */
export function InboxList() {
  const list = usePagedList<InboxItem>((cursor) => listInbox(cursor), 'inbox');
  const loaded = list.status === 'ready';

  useEffect(() => {
    // Mark read only once the list (with its unread marks) is on screen.
    if (!loaded) return;
    clearUnread();
    void markInboxRead();
  }, [loaded]);
  usePullDownRefresh(() => {
    void list.reload(true).then(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    void list.loadMore();
  });

  if (list.status === 'loading') return <LoadingState />;
  if (list.status === 'error' && list.error) return <ErrorState error={list.error} onRetry={() => void list.reload()} />;
  if (list.items.length === 0) {
    return <EmptyState icon="📭" title="暂时没有消息" description="心愿审核、认领、完成时，我们会在这里通知您。" />;
  }
  return (
    <View>
      {list.items.map((item) => (
        <Row key={item.id} item={item} />
      ))}
      <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
        moreError={list.moreError} onMore={() => void list.loadMore()} />
    </View>
  );
}
