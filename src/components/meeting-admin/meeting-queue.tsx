import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { MeetingCard } from '@contract/meeting';
import { usePagedList } from '../../hooks/use-paged-list';
import { listMeetingsForStaff } from '../../services/meeting-admin';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { Segmented } from '../segmented/segmented';
import { MeetingQueueCard } from './queue-card';
import type { MeetingQueueTab } from './queue-tabs';
import { MEETING_QUEUE_TABS, MEETING_QUEUE_TITLES, meetingQueueTab } from './queue-tabs';
import '../wish/wish.scss';
import './meeting-admin.scss';

const SHORT_TITLES: Record<MeetingQueueTab, string> = {
  grid_review: '审议',
  community_decision: '决议',
  scheduled: '排会',
  implementing: '落实',
  evaluating: '评议',
};

const EMPTY_TEXTS: Record<MeetingQueueTab, { title: string; description: string }> = {
  grid_review: { title: '没有待审议的议题', description: '居民的提议附议人数够了，会出现在这里。' },
  community_decision: { title: '没有待决议的议题', description: '网格党支部审议通过的议题会在这里等社区党委决议。' },
  scheduled: { title: '没有已排会的议题', description: '决议召开议事会的议题在这里签到、记录纪要。' },
  implementing: { title: '没有落实中的议题', description: '形成决议的议题在这里报告落实情况、开启评议。' },
  evaluating: { title: '没有评议中的议题', description: '开启评议后，居民的评价会在这里汇总。' },
};

/** 议事管理: the community's topics by the step they wait for, each opening its manage page. */
export function MeetingQueue({ initialTab }: { initialTab?: string }) {
  const [tab, setTab] = useState<MeetingQueueTab>(() => meetingQueueTab(initialTab));
  const list = usePagedList<MeetingCard>((cursor) => listMeetingsForStaff({ status: tab, ...(cursor ? { cursor } : {}) }), tab);
  // Back from a topic handled on its manage page.
  useDidShow(() => {
    if (list.status === 'ready') void list.reload(true);
  });
  usePullDownRefresh(() => {
    void list.reload(true).then(() => Taro.stopPullDownRefresh());
  });

  const empty = EMPTY_TEXTS[tab];
  return (
    <View>
      <Segmented<MeetingQueueTab>
        segments={MEETING_QUEUE_TABS.map((key) => ({ key, title: MEETING_QUEUE_TITLES[key], short: SHORT_TITLES[key] }))}
        active={tab}
        onChange={setTab}
      />
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? <EmptyState icon="✅" title={empty.title} description={empty.description} /> : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View>
          <Text className="gh-section-title">{MEETING_QUEUE_TITLES[tab]}（{list.items.length}{list.hasMore ? '+' : ''}）</Text>
          {list.items.map((card) => (
            <MeetingQueueCard key={card.id} card={card} />
          ))}
          <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
            moreError={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
