import { useCallback, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { isStaff } from '@contract/roles';
import type { MyProfile } from '@contract/user';
import { MeetingDetailView } from '../../../components/meeting/meeting-detail-view';
import { meetingTimelineText } from '../../../components/meeting/meeting-text';
import type { MeetingOutcome } from '../../../components/meeting/resident-actions';
import { MeetingResidentActions } from '../../../components/meeting/resident-actions';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { Timeline } from '../../../components/timeline/timeline';
import { useReloadableItem } from '../../../hooks/use-reloadable-item';
import { meetingManageUrl, openPage } from '../../../navigation/routes';
import { getMeeting } from '../../../services/meetings';
import { cx } from '../../../ui/class-names';
import { Button } from '../../../ui/nut';
import '../../../components/meeting/meeting.scss';

function Meeting({ id, profile }: { id: string; profile: MyProfile }) {
  const read = useCallback(() => getMeeting(id), [id]);
  const [state, reload] = useReloadableItem(read);
  const [notice, setNotice] = useState<MeetingOutcome | null>(null);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
  usePullDownRefresh(() => {
    void reload().then(() => Taro.stopPullDownRefresh());
  });

  function done(outcome: MeetingOutcome) {
    // One message per outcome: the banner at the top says it; the page then shows where the topic stands now.
    setNotice(outcome);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
    void reload();
  }

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={() => void reload()} />;
  const detail = state.item;
  // The roster comes only to staff of the topic's community.
  const manages = isStaff(profile.roles) && detail.roster !== null;
  return (
    <View>
      {notice ? (
        <View className={cx('gh-meeting-notice', notice.ok ? 'gh-meeting-notice--ok' : 'gh-meeting-notice--error')} role="status">
          <Text>{notice.message}</Text>
        </View>
      ) : null}
      {manages ? (
        <View className="gh-meeting-staff">
          <Button type="primary" fill="outline" size="large" block onClick={() => openPage(meetingManageUrl(detail.id))}>
            管理议题
          </Button>
        </View>
      ) : null}
      <MeetingDetailView detail={detail} />
      {/* Keyed by status: a finished step's half-filled form never carries over to the next one. */}
      <MeetingResidentActions key={`${detail.status}-${detail.actions.join()}`} detail={detail} onDone={done} />
      <Timeline title="议事进展" entries={detail.timeline} textOf={meetingTimelineText} />
    </View>
  );
}

export default function MeetingDetailPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell back>
      <SessionGate>
        {(profile) => (id ? <Meeting id={id} profile={profile} /> : <EmptyState icon="🔍" title="没有找到这个议题" description="链接可能不完整，请返回重试。" />)}
      </SessionGate>
    </PageShell>
  );
}
