import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { WishCard, WishStatus } from '@contract/wish';
import { WISH_STATUSES, WISH_STATUS_LABELS } from '@contract/wish';
import { usePagedList } from '../../hooks/use-paged-list';
import { adminListWishes } from '../../services/wishes';
import { Chips } from '../chips/chips';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { WishList } from '../wish/wish-list';

const ALL = 'all';
const STATUS_CHIPS = [{ id: ALL, name: '全部' }, ...WISH_STATUSES.map((status) => ({ id: status, name: WISH_STATUS_LABELS[status] }))];

function statusOf(id: string): WishStatus | undefined {
  return WISH_STATUSES.find((status) => status === id);
}

/** Every wish in the caller's scope (community, street or grid) by status; read-only, a tap opens it. */
export function WishesByStatus({ title }: { title: string }) {
  const [status, setStatus] = useState<string>(ALL);
  const list = usePagedList<WishCard>((cursor) => {
    const chosen = statusOf(status);
    return adminListWishes({ ...(chosen ? { status: chosen } : {}), ...(cursor ? { cursor } : {}) });
  }, status);

  useDidShow(() => {
    if (list.status === 'ready') void list.reload(true);
  });

  return (
    <View>
      <Text className="gh-section-title">{title}</Text>
      <Chips label="心愿状态" options={STATUS_CHIPS} selectedId={status} onSelect={setStatus} />
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState message={list.error.message} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState icon="🗂️" title="没有这个状态的心愿" description="换一个状态看看。" />
      ) : null}
      {list.status === 'ready' ? (
        <View>
          <WishList items={list.items} showStatus />
          <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
            moreError={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
