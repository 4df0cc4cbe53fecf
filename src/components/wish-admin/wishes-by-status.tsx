import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { AdminWishCard as AdminWishCardData, WishStatus, WishStatusCounts } from '@contract/wish';
import { WISH_STATUSES, WISH_STATUS_LABELS } from '@contract/wish-labels';
import { usePagedList } from '../../hooks/use-paged-list';
import { adminListWishes } from '../../services/wishes';
import { Chips } from '../chips/chips';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { AdminWishCard } from './admin-wish-card';
import './wish-admin.scss';

const ALL = 'all';

function statusOf(id: string): WishStatus | undefined {
  return WISH_STATUSES.find((status) => status === id);
}

/** 全部 12 · 待审核 3 · …: each status with how many wishes it holds, when the server counts them. */
function statusChips(counts: WishStatusCounts | null) {
  return [
    { id: ALL, name: counts ? `全部 ${counts.all}` : '全部' },
    ...WISH_STATUSES.map((status) => ({
      id: status,
      name: counts ? `${WISH_STATUS_LABELS[status]} ${counts[status]}` : WISH_STATUS_LABELS[status],
    })),
  ];
}

interface Props {
  title: string;
  /** The street admin's list: every community of the street, each card naming its community. */
  streetWide?: boolean;
}

/** Every wish in the caller's scope (community, street or grid) by status and title; read-only, a tap opens it. */
export function WishesByStatus({ title, streetWide = false }: Props) {
  const [status, setStatus] = useState<string>(ALL);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  // The counts come with the first page only, and hold the whole scope (the search and the status filter aside).
  const [counts, setCounts] = useState<WishStatusCounts | null>(null);
  const list = usePagedList<AdminWishCardData>(async (cursor) => {
    const chosen = statusOf(status);
    const reply = await adminListWishes({
      ...(chosen ? { status: chosen } : {}),
      ...(cursor ? { cursor } : {}),
      ...(search ? { q: search } : {}),
    });
    if (reply.ok && reply.data.counts) setCounts(reply.data.counts);
    return reply;
  }, `${status}|${search}`);

  useDidShow(() => {
    if (list.status === 'ready') void list.reload(true);
  });

  const runSearch = () => setSearch(typed.trim());

  return (
    <View>
      <Text className="gh-section-title">{title}</Text>
      <View className="gh-admin-search" role="search">
        <Input className="gh-admin-search__input" value={typed} placeholder="按心愿标题搜索" confirmType="search"
          aria-label="按心愿标题搜索" maxlength={30}
          onInput={(event) => setTyped(event.detail.value)} onConfirm={runSearch} />
        <View className="gh-admin-search__go" role="button" aria-label="搜索" onClick={runSearch}>
          <Text>搜索</Text>
        </View>
      </View>
      {search ? (
        <View className="gh-admin-search__clear" role="button" onClick={() => { setTyped(''); setSearch(''); }}>
          <Text>标题含“{search}”的心愿 · 清除搜索 ✕</Text>
        </View>
      ) : null}
      <Chips label="心愿状态" options={statusChips(counts)} selectedId={status} onSelect={setStatus} />
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        search ? (
          <EmptyState icon="🔍" title="没有找到相关心愿" description="换个关键词，或清除搜索看看。" />
        ) : (
          <EmptyState icon="🗂️" title="没有这个状态的心愿" description="换一个状态看看。" />
        )
      ) : null}
      {list.status === 'ready' ? (
        <View>
          {list.items.map((card) => (
            <AdminWishCard key={card.id} card={card} streetWide={streetWide} />
          ))}
          <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
            moreError={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
