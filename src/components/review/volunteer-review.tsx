import { Text, View } from '@tarojs/components';
import type { UserSummary } from '@contract/user';
import { useReviewQueue } from '../../hooks/use-review-queue';
import { listMembers, reviewVolunteer } from '../../services/users';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { ReviewCard } from './review-card';
import { refreshPending } from '../tab-bar/pending-store';

/** 志愿者申请审核: the community's pending applications, approve or reject with a reason. */
export function VolunteerReview() {
  const { list, waiting, busyId, review } = useReviewQueue<UserSummary>({
    load: (cursor) => listMembers({ volunteerStatus: 'pending', ...(cursor ? { cursor } : {}) }),
    idOf: (member) => member.openid,
    send: (member, approve, reason) => reviewVolunteer({ openid: member.openid, approve, ...(reason ? { reason } : {}) }),
    toasts: { approved: '已通过', rejected: '已退回' },
  });

  if (list.status === 'loading') return <LoadingState />;
  if (list.status === 'error' && list.error) return <ErrorState error={list.error} onRetry={() => void list.reload()} />;
  return (
    <View>
      <Text className="gh-section-title">志愿者申请审核（{waiting.length}{list.hasMore ? '+' : ''}）</Text>
      {waiting.length === 0 ? <EmptyState icon="✅" title="暂无待审核的申请" description="新的志愿者申请会出现在这里。" /> : null}
      {waiting.map((member) => (
        <ReviewCard key={member.openid} member={member} busy={busyId === member.openid}
          onReview={(approve, reason) => void review(member, approve, reason).then(() => refreshPending(true))} />
      ))}
      <ListFooter count={waiting.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
        moreError={list.moreError} onMore={() => void list.loadMore()} />
    </View>
  );
}
