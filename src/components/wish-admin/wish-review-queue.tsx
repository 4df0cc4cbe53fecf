import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { WishCard } from '@contract/wish';
import { usePagedList } from '../../hooks/use-paged-list';
import { adminListWishes, reviewWish } from '../../services/wishes';
import { showError, showSuccess } from '../../ui/toast';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { WishReviewCard } from './wish-review-card';

/** 心愿审核: the community's wishes waiting for review, oldest worries first on screen as they come. */
export function WishReviewQueue() {
  const list = usePagedList<WishCard>(
    (cursor) => adminListWishes({ status: 'pending_review', ...(cursor ? { cursor } : {}) }),
    'pending_review',
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<Set<string>>(new Set());

  useDidShow(() => {
    // Back from a wish reviewed on its detail page.
    if (list.status === 'ready') {
      setDone(new Set());
      void list.reload(true);
    }
  });

  async function review(card: WishCard, approve: boolean, reason?: string) {
    setBusy(card.id);
    const reply = await reviewWish({ id: card.id, approve, ...(reason ? { reason } : {}) });
    setBusy(null);
    if (!reply.ok) {
      showError(reply.error.message);
      return;
    }
    setDone((current) => new Set(current).add(card.id));
    showSuccess(approve ? '已发布' : '已驳回');
  }

  if (list.status === 'loading') return <LoadingState />;
  if (list.status === 'error' && list.error) return <ErrorState message={list.error.message} onRetry={() => void list.reload()} />;
  const waiting = list.items.filter((card) => !done.has(card.id));
  return (
    <View>
      <Text className="gh-section-title">
        待审核心愿（{waiting.length}
        {list.hasMore ? '+' : ''}）
      </Text>
      {waiting.length === 0 ? <EmptyState icon="✅" title="暂无待审核的心愿" description="居民提交的新心愿会出现在这里。" /> : null}
      {waiting.map((card) => (
        <WishReviewCard key={card.id} card={card} busy={busy === card.id}
          onReview={(approve, reason) => void review(card, approve, reason)} />
      ))}
      <ListFooter count={waiting.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
        moreError={list.moreError} onMore={() => void list.loadMore()} />
    </View>
  );
}
