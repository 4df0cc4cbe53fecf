import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { MeetingCard } from '@contract/meeting';
import { usePagedList } from '../../hooks/use-paged-list';
import { ROUTES, openPage } from '../../navigation/routes';
import { listMeetings, myMeetings } from '../../services/meetings';
import { Button } from '../../ui/nut';
import { Chips } from '../chips/chips';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { Segmented } from '../segmented/segmented';
import type { MeetingFilter } from './meeting-filters';
import { ALL, SCOPE_CHIPS, STATUS_CHIPS, listInput } from './meeting-filters';
import { MeetingList } from './meeting-list';

export type MeetingTab = 'all' | 'mine';

const TABS = [
  { key: 'all' as const, title: '社区议事', short: '议事' },
  { key: 'mine' as const, title: '我的提议', short: '我的' },
];

function ProposeButton() {
  return (
    <Button type="primary" className="gh-state__action" onClick={() => openPage(ROUTES.newMeeting)}>
      发起议事
    </Button>
  );
}

/** The community's topics (filtered by status and scope) or the caller's own proposals, paged. */
export function MeetingWall({ initialTab = 'all' }: { initialTab?: MeetingTab }) {
  const [tab, setTab] = useState<MeetingTab>(initialTab);
  const [filter, setFilter] = useState<MeetingFilter>({ status: ALL, scope: ALL });
  const list = usePagedList<MeetingCard>(
    (cursor) => (tab === 'mine' ? myMeetings(cursor) : listMeetings(listInput(filter, cursor))),
    `${tab}|${filter.status}|${filter.scope}`,
  );
  // Back from a topic whose status changed, or from the form.
  useDidShow(() => {
    if (list.status === 'ready') void list.reload(true);
  });
  usePullDownRefresh(() => {
    void list.reload(true).then(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    void list.loadMore();
  });

  const filtered = tab === 'all' && (filter.status !== ALL || filter.scope !== ALL);
  return (
    <View>
      <Segmented<MeetingTab> segments={TABS} active={tab} onChange={setTab} />
      {tab === 'all' ? (
        <View>
          <Chips label="议题状态" options={STATUS_CHIPS} selectedId={filter.status} onSelect={(status) => setFilter((current) => ({ ...current, status }))} />
          <Chips label="议事范围" options={SCOPE_CHIPS} selectedId={filter.scope} onSelect={(scope) => setFilter((current) => ({ ...current, scope }))} />
        </View>
      ) : null}
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        filtered ? (
          <EmptyState icon="🔍" title="没有符合条件的议题" description="换个状态或范围看看吧。" />
        ) : tab === 'mine' ? (
          <EmptyState icon="🪑" title="您还没有发起过议事" description="小区里有大家关心的事？发起议事，邻居附议后社区来商量。">
            <ProposeButton />
          </EmptyState>
        ) : (
          <EmptyState icon="🪑" title="社区里还没有议题" description="加装电梯、停车难、楼道改造……大家的事大家商量。">
            <ProposeButton />
          </EmptyState>
        )
      ) : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View>
          <MeetingList items={list.items} />
          <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError}
            onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
