import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { QueueCard as QueueCardData, QueueInput } from '@contract/complaint';
import type { OrgTree } from '@contract/org';
import type { MyProfile } from '@contract/user';
import { usePagedList } from '../../hooks/use-paged-list';
import { useReply } from '../../hooks/use-reply';
import { complaintQueue } from '../../services/complaint-handling';
import { listOrg } from '../../services/users';
import { Chips } from '../chips/chips';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { Segmented } from '../segmented/segmented';
import { QueueCard } from './queue-card';
import type { QueueDesk, QueueTab } from './queue-tabs';
import { DESK_TABS, QUEUE_TAB_TITLES, queueDesk } from './queue-tabs';
import './complaint-handling.scss';

const QUEUE_FILTERS: Record<QueueTab, QueueInput> = {
  accept: { waiting: 'accept' },
  resolve: { waiting: 'resolve' },
  overdue: { overdue: true },
  followUp: { waiting: 'followUp' },
  street: { level: 'street' },
  acknowledge: { waiting: 'acknowledge' },
  report: { waiting: 'report' },
};

function queueTabOf(desk: QueueDesk, value: string | undefined): QueueTab {
  return DESK_TABS[desk].find((tab) => tab === value) ?? DESK_TABS[desk][0]!;
}

const EMPTY_TEXTS: Record<QueueTab, { title: string; description: string }> = {
  accept: { title: '没有待签收的诉求', description: '居民新反映的问题会出现在这里。' },
  resolve: { title: '没有办理中的诉求', description: '签收后的诉求会在这里，办结前别忘了答复。' },
  overdue: { title: '没有逾期的诉求', description: '都在时限内，继续保持。' },
  followUp: { title: '没有待回访的诉求', description: '办结的诉求须在15日内回访。' },
  street: { title: '没有上报到街道的诉求', description: '社区解决不了的问题上报后会出现在这里。' },
  acknowledge: { title: '没有待报到的诉求', description: '街道或社区吹哨后，请在时限内报到。' },
  report: { title: '没有待反馈的诉求', description: '报到后的诉求处置完成请及时反馈。' },
};

const ALL = 'all';

/** The street admin reads one community of the street, or all. */
function CommunityPicker({ selected, onSelect }: { selected: string; onSelect: (id: string) => void }) {
  const [org] = useReply<OrgTree>(() => listOrg({}));
  if (org.status !== 'ready') return null;
  const communities = org.data.streets.flatMap((street) => street.communities);
  if (communities.length < 2) return null;
  return (
    <View className="gh-queue-places">
      <Chips label="社区" options={[{ id: ALL, name: '全部社区' }, ...communities.map(({ id, name }) => ({ id, name }))]}
        selectedId={selected} onSelect={onSelect} />
    </View>
  );
}

interface Props {
  profile: MyProfile;
  /** The tab opened first (the 管理 entry's link). */
  initialTab?: string;
}

/** 诉求办理: the caller's cases by what they wait for, overdue first, each with its countdown. */
export function ComplaintQueue({ profile, initialTab }: Props) {
  const desk = queueDesk(profile.roles);
  const [tab, setTab] = useState<QueueTab>(() => queueTabOf(desk, initialTab));
  const [communityId, setCommunityId] = useState(ALL);
  const list = usePagedList<QueueCardData>(
    (cursor) =>
      complaintQueue({
        ...QUEUE_FILTERS[tab],
        ...(desk === 'street' && communityId !== ALL ? { communityId } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    `${tab}|${communityId}`,
  );
  // Back from a case handled on its detail page.
  useDidShow(() => {
    if (list.status === 'ready') void list.reload(true);
  });
  usePullDownRefresh(() => {
    void list.reload(true).then(() => Taro.stopPullDownRefresh());
  });

  const empty = EMPTY_TEXTS[tab];
  return (
    <View>
      <Segmented<QueueTab> segments={DESK_TABS[desk].map((key) => ({ key, title: QUEUE_TAB_TITLES[key] }))} active={tab} onChange={setTab} />
      {desk === 'street' ? <CommunityPicker selected={communityId} onSelect={setCommunityId} /> : null}
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? <EmptyState icon="✅" title={empty.title} description={empty.description} /> : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View>
          <Text className="gh-section-title">{QUEUE_TAB_TITLES[tab]}（{list.items.length}{list.hasMore ? '+' : ''}）</Text>
          {list.items.map((card) => (
            <QueueCard key={card.id} card={card} withCommunity={desk !== 'grid'} />
          ))}
          <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
            moreError={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
