import { useCallback, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { MyProfile } from '@contract/user';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { useReloadableItem } from '../../../hooks/use-reloadable-item';
import { SessionGate } from '../../../components/session-gate';
import { ClaimPrompt, claimHintOf } from '../../../components/wish-detail/claim-prompt';
import { ResubmitCard } from '../../../components/wish-detail/resubmit-card';
import { Timeline } from '../../../components/wish-detail/timeline';
import type { ActionOutcome } from '../../../components/wish-detail/wish-actions';
import { WishActions } from '../../../components/wish-detail/wish-actions';
import { WishDetailView } from '../../../components/wish-detail/wish-detail-view';
import { getWish } from '../../../services/wishes';
import { refreshSession } from '../../../state/session';
import { cx } from '../../../ui/class-names';

function Wish({ id, profile }: { id: string; profile: MyProfile }) {
  const read = useCallback(() => getWish(id), [id]);
  const [state, reload] = useReloadableItem(read);
  const [notice, setNotice] = useState<ActionOutcome | null>(null);
  const shown = useRef(false);
  useDidShow(() => {
    // Back from the form after a resubmission, or from the volunteer application: show what is true now.
    if (shown.current) void reload();
    shown.current = true;
  });

  function done(outcome: ActionOutcome) {
    // One message per outcome: the banner at the top says it, no toast over it.
    setNotice(outcome);
    // The outcome and the new status are at the top of the page; the action was at the bottom.
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
    // Points and claims live on the profile too.
    if (outcome.ok) void refreshSession();
    void reload();
  }

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    return (
      <ErrorState
        error={state.error}
        onRetry={() => {
          void reload();
        }}
      />
    );
  }
  const hint = claimHintOf(state.item);
  return (
    <View>
      {notice ? (
        <View className={cx('gh-wish-detail__notice', notice.ok ? 'gh-wish-detail__notice--ok' : 'gh-wish-detail__notice--error')}
          role="status">
          <Text>{notice.message}</Text>
        </View>
      ) : null}
      <WishDetailView wish={state.item} viewerOpenid={profile.openid} />
      {state.item.actions.includes('resubmit') ? <ResubmitCard wish={state.item} /> : null}
      {/* Keyed by status: a finished action's half-filled form never carries over to the next step. */}
      <WishActions key={`${state.item.status}-${state.item.actions.join()}`} wish={state.item} onDone={done} />
      {hint ? <ClaimPrompt hint={hint} /> : null}
      <Timeline entries={state.item.timeline} />
    </View>
  );
}

export default function WishDetailPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell back>
      <SessionGate>
        {(profile) => (id ? <Wish id={id} profile={profile} /> : <EmptyState icon="🔍" title="没有找到这个心愿" description="链接可能不完整，请返回重试。" />)}
      </SessionGate>
    </PageShell>
  );
}
