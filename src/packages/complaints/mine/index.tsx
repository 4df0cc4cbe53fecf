import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { ComplaintCard } from '@contract/complaint';
import { ComplaintList } from '../../../components/complaint/complaint-list';
import { ListFooter } from '../../../components/list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { usePagedList } from '../../../hooks/use-paged-list';
import { ROUTES, openPage } from '../../../navigation/routes';
import { myComplaints } from '../../../services/complaints';
import { Button } from '../../../ui/nut';

function Mine() {
  const list = usePagedList<ComplaintCard>((cursor) => myComplaints(cursor), 'mine');
  useDidShow(() => {
    // Back from a case whose status changed, or from the form.
    if (list.status === 'ready') void list.reload(true);
  });
  usePullDownRefresh(() => {
    void list.reload(true).then(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    void list.loadMore();
  });

  if (list.status === 'loading') return <LoadingState />;
  if (list.status === 'error' && list.error) return <ErrorState error={list.error} onRetry={() => void list.reload()} />;
  if (list.items.length === 0) {
    return (
      <EmptyState icon="📷" title="还没有反映过问题" description="身边有堆物、坏灯、飞线充电？拍下来，网格员限时处理。">
        <Button type="primary" className="gh-state__action" onClick={() => openPage(ROUTES.newComplaint)}>
          随手拍
        </Button>
      </EmptyState>
    );
  }
  return (
    <View>
      <ComplaintList items={list.items} showDue />
      <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError}
        onMore={() => void list.loadMore()} />
    </View>
  );
}

export default function MyComplaintsPage() {
  return (
    <PageShell back>
      <SessionGate>{() => <Mine />}</SessionGate>
    </PageShell>
  );
}
