import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { ComplaintCard } from '@contract/complaint';
import type { ComplaintCategory } from '@contract/complaint-labels';
import { COMPLAINT_CATEGORIES, PRIVATE_CATEGORIES } from '@contract/complaint-labels';
import { Chips } from '../../../components/chips/chips';
import { ComplaintList } from '../../../components/complaint/complaint-list';
import { useSupports } from '../../../components/complaint/use-supports';
import { ListFooter } from '../../../components/list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { usePagedList } from '../../../hooks/use-paged-list';
import { ROUTES, openPage } from '../../../navigation/routes';
import { listComplaints } from '../../../services/complaints';
import { Button } from '../../../ui/nut';

const ALL = 'all';
// The wall never shows the private categories, so it does not offer them as filters either.
const CATEGORY_CHIPS = [
  { id: ALL, name: '全部' },
  ...COMPLAINT_CATEGORIES.filter((name) => !PRIVATE_CATEGORIES.includes(name)).map((name) => ({ id: name, name })),
];

function Wall() {
  const [category, setCategory] = useState<string>(ALL);
  const list = usePagedList<ComplaintCard>(
    (cursor) =>
      listComplaints({ ...(cursor ? { cursor } : {}), ...(category !== ALL ? { category: category as ComplaintCategory } : {}) }),
    category,
  );
  const supports = useSupports();
  useDidShow(() => {
    if (list.status === 'ready') void list.reload(true);
  });
  usePullDownRefresh(() => {
    void list.reload(true).then(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    void list.loadMore();
  });

  return (
    <View>
      <Text className="gh-section-title">社区诉求墙</Text>
      <Text className="gh-muted">邻居们反映的问题和办理进度。遇到同样的问题，点“同问”，办结时一起通知您。</Text>
      <View style={{ height: '12px' }} />
      <Chips label="问题类别" options={CATEGORY_CHIPS} selectedId={category} onSelect={setCategory} />
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        category !== ALL ? (
          <EmptyState icon="🔍" title="这个类别还没有诉求" description="换个类别看看吧。" />
        ) : (
          <EmptyState icon="🌱" title="社区里还没有公开的诉求" description="发现问题，随手拍下来，网格员限时处理。">
            <Button type="primary" className="gh-state__action" onClick={() => openPage(ROUTES.newComplaint)}>
              随手拍
            </Button>
          </EmptyState>
        )
      ) : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View>
          <ComplaintList items={list.items} supportOf={supports.stateOf} onSupport={(card) => void supports.support(card)} />
          <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError}
            onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}

export default function ComplaintWallPage() {
  return (
    <PageShell back>
      <SessionGate>{() => <Wall />}</SessionGate>
    </PageShell>
  );
}
