import { useCallback, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { MyProfile } from '@contract/user';
import { complaintTimelineText } from '../../../components/complaint/complaint-text';
import { ComplaintDetailView } from '../../../components/complaint/complaint-detail-view';
import type { ActionOutcome } from '../../../components/complaint/resident-actions';
import { ResidentActions } from '../../../components/complaint/resident-actions';
import { ComplaintStaffActions } from '../../../components/complaint-handling/staff-actions';
import { ProposeFromComplaint } from '../../../components/meeting/propose-from-complaint';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { useReloadableItem } from '../../../hooks/use-reloadable-item';
import { SessionGate } from '../../../components/session-gate';
import { Timeline } from '../../../components/timeline/timeline';
import { getComplaint } from '../../../services/complaints';
import { cx } from '../../../ui/class-names';

function Complaint({ id, profile }: { id: string; profile: MyProfile }) {
  const read = useCallback(() => getComplaint(id), [id]);
  const [state, reload] = useReloadableItem(read);
  const [notice, setNotice] = useState<ActionOutcome | null>(null);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });

  function done(outcome: ActionOutcome) {
    // One message per outcome: the banner at the top says it (or, after a low rating, the 重办 offer does).
    setNotice(outcome);
    if (!outcome.lowRating) void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
    void reload();
  }

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={() => void reload()} />;
  const detail = state.item;
  const offerReopen = Boolean(notice?.ok && notice.lowRating);
  return (
    <View>
      {notice && !offerReopen ? (
        <View className={cx('gh-complaint-notice', notice.ok ? 'gh-complaint-notice--ok' : 'gh-complaint-notice--error')} role="status">
          <Text>{notice.message}</Text>
        </View>
      ) : null}
      <ComplaintDetailView detail={detail} />
      {offerReopen ? (
        <View className="gh-complaint-notice gh-complaint-notice--ok" role="status">
          <Text>{notice?.message}</Text>
        </View>
      ) : null}
      {/* Keyed by status: a finished step's half-filled form never carries over to the next one. */}
      <ResidentActions key={`${detail.status}-${detail.actions.join()}`} detail={detail} offerReopen={offerReopen} onDone={done} />
      <ComplaintStaffActions detail={detail} onChanged={() => void reload()} />
      <ProposeFromComplaint detail={detail} profile={profile} />
      <Timeline title="办理进展" entries={detail.timeline} textOf={complaintTimelineText} />
    </View>
  );
}

export default function ComplaintDetailPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell back>
      <SessionGate>
        {(profile) => (id ? <Complaint id={id} profile={profile} /> : <EmptyState icon="🔍" title="没有找到这件诉求" description="链接可能不完整，请返回重试。" />)}
      </SessionGate>
    </PageShell>
  );
}
