import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import Taro from '@tarojs/taro';
import type { OverdueKind } from '@contract/complaint-labels';
import { OVERDUE_KINDS, OVERDUE_LABELS } from '@contract/complaint-labels';
import { usePagedList } from '../../hooks/use-paged-list';
import { listOverdue } from '../../services/reports';
import { Chips } from '../chips/chips';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { OverdueList } from './overdue-list';
import './workbench.scss';

const ALL = 'all';
const KIND_OPTIONS = [{ id: ALL, name: '全部' }, ...OVERDUE_KINDS.map((kind) => ({ id: kind, name: OVERDUE_LABELS[kind] }))];

/** 超时督办: every case of the caller's place past a limit, the longest late first; each opens its case. */
export function OverduePage() {
  const [kind, setKind] = useState<OverdueKind | typeof ALL>(ALL);
  const list = usePagedList((cursor) => listOverdue({ cursor, ...(kind === ALL ? {} : { kind }) }), kind);
  usePullDownRefresh(() => {
    void list.reload(true).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  return (
    <View className="gh-wb">
      <Chips label="超时类型" options={KIND_OPTIONS} selectedId={kind} onSelect={(id) => setKind(id as OverdueKind | typeof ALL)} />
      {list.status === 'loading' ? <LoadingState text="正在查找超时的诉求…" /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? <EmptyState icon="✅" title="没有超时的诉求" description="每件诉求都在时限内，继续保持。" /> : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View className="gh-card">
          <Text className="gh-muted">点开一件，直接去办理或催办。</Text>
          <OverdueList items={list.items} />
          <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
