import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Page, UserSummary } from '@contract/user';
import { useReply } from '../../hooks/use-reply';
import { listMembers, reviewVolunteer } from '../../services/users';
import { Button } from '../../ui/nut';
import { showError, showSuccess } from '../../ui/toast';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { ReviewCard } from './review-card';

/** 志愿者申请审核: the community's pending applications, approve or reject with a reason. */
export function VolunteerReview() {
  const [first, reload] = useReply<Page<UserSummary>>(() => listMembers({ volunteerStatus: 'pending' }));
  const [items, setItems] = useState<UserSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (first.status !== 'ready') return;
    setItems(first.data.items);
    setCursor(first.data.nextCursor);
  }, [first]);

  async function review(member: UserSummary, approve: boolean, reason?: string) {
    setBusy(member.openid);
    const reply = await reviewVolunteer({ openid: member.openid, approve, ...(reason ? { reason } : {}) });
    setBusy(null);
    if (!reply.ok) {
      showError(reply.error.message);
      return;
    }
    setItems((current) => current.filter((item) => item.openid !== member.openid));
    showSuccess(approve ? '已通过' : '已退回');
  }

  async function loadMore() {
    if (!cursor) return;
    setLoadingMore(true);
    const reply = await listMembers({ volunteerStatus: 'pending', cursor });
    setLoadingMore(false);
    if (!reply.ok) {
      showError(reply.error.message);
      return;
    }
    setItems((current) => [...current, ...reply.data.items]);
    setCursor(reply.data.nextCursor);
  }

  if (first.status === 'loading') return <LoadingState />;
  if (first.status === 'error') return <ErrorState message={first.error.message} onRetry={reload} />;
  return (
    <View>
      <Text className="gh-section-title">志愿者申请审核（{items.length}{cursor ? '+' : ''}）</Text>
      {items.length === 0 ? (
        <EmptyState icon="✅" title="暂无待审核的申请" description="新的志愿者申请会出现在这里。" />
      ) : null}
      {items.map((member) => (
        <ReviewCard key={member.openid} member={member} busy={busy === member.openid}
          onReview={(approve, reason) => void review(member, approve, reason)} />
      ))}
      {cursor ? (
        <Button block fill="outline" loading={loadingMore} onClick={() => void loadMore()}>加载更多</Button>
      ) : null}
    </View>
  );
}
