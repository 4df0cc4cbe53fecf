import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { WishCard } from '@contract/wish';
import { useReviewQueue } from '../../hooks/use-review-queue';
import { adminListWishes, reviewWish } from '../../services/wishes';
import { ListFooter } from '../list-footer/list-footer';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { WishReviewCard } from './wish-review-card';
import { refreshPending } from '../tab-bar/pending-store';

/** 心愿审核: the community's wishes waiting for review. */
export function WishReviewQueue() {
  const { list, waiting, busyId, review, refresh } = useReviewQueue<WishCard>({
    load: (cursor) => adminListWishes({ status: 'pending_review', ...(cursor ? { cursor } : {}) }),
    idOf: (card) => card.id,
    send: (card, approve, reason) => reviewWish({ id: card.id, approve, ...(reason ? { reason } : {}) }),
    toasts: { approved: '已发布', rejected: '已驳回' },
  });
  // Back from a wish reviewed on its detail page.
  useDidShow(refresh);

  if (list.status === 'loading') return <LoadingState />;
  if (list.status === 'error' && list.error) return <ErrorState error={list.error} onRetry={() => void list.reload()} />;
  return (
    <View>
      <Text className="gh-section-title">待审核心愿（{waiting.length}{list.hasMore ? '+' : ''}）</Text>
      {waiting.length === 0 ? <EmptyState icon="✅" title="暂无待审核的心愿" description="居民提交的新心愿会出现在这里。" /> : null}
      {waiting.map((card) => (
        <WishReviewCard key={card.id} card={card} busy={busyId === card.id}
          onReview={(approve, reason) => void review(card, approve, reason).then(() => refreshPending(true))} />
      ))}
      <ListFooter count={waiting.length} hasMore={list.hasMore} loadingMore={list.loadingMore}
        moreError={list.moreError} onMore={() => void list.loadMore()} />
    </View>
  );
}
