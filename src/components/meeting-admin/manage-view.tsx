import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { MeetingDetail } from '@contract/meeting';
import { EVALUATION_RATING_LABELS, EVALUATION_RATINGS, FIVE_STEPS, MEETING_STATUS_LABELS } from '@contract/meeting-labels';
import { useReloadableItem } from '../../hooks/use-reloadable-item';
import { meetingCheckInUrl, openPage } from '../../navigation/routes';
import { getMeetingForStaff } from '../../services/meeting-admin';
import { dateTimeLabel } from '../../ui/dates';
import { Button } from '../../ui/nut';
import { ErrorState, LoadingState } from '../page-state/page-state';
import { PhotoGrid } from '../photos/photo-grid';
import { DecideForm } from './decide-form';
import { EvaluationForm } from './evaluation-form';
import { ProgressForm } from './progress-form';
import { meetingPlace } from './queue-card';
import { RecordForm } from './record-form';
import { ReviewForm } from './review-form';
import { Roster } from './roster';
import '../wish/wish.scss';
import './meeting-admin.scss';
import '../meeting/meeting-fact.scss';

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <View className="gh-meeting-fact">
      <Text className="gh-meeting-fact__label">{label}</Text>
      <Text className="gh-meeting-fact__value">{children}</Text>
    </View>
  );
}

function Head({ detail }: { detail: MeetingDetail }) {
  return (
    <View className="gh-card gh-meeting-head">
      <View className="gh-meeting-queue-card__top">
        <Text className="gh-meeting-head__title">{detail.title}</Text>
        <Text className="gh-status gh-status--wait">{MEETING_STATUS_LABELS[detail.status]}</Text>
      </View>
      <Text className="gh-meeting-head__step">第{detail.step + 1}步 · {FIVE_STEPS[detail.step]}</Text>
      <Fact label="范围">{meetingPlace(detail)}</Fact>
      <Fact label="提议人">{`${detail.proposerName} · ${dateTimeLabel(detail.proposedAt)}`}</Fact>
      <Fact label="附议">{`${detail.secondCount}人（需${detail.threshold}人）`}</Fact>
      {detail.fromComplaint ? <Fact label="来自诉求">{detail.fromComplaint.title}</Fact> : null}
      <Text className="gh-meeting-head__background">{detail.background}</Text>
    </View>
  );
}

/** What has been decided so far: the review, the decision, the meeting, the minutes, the progress, the evaluation. */
function Record({ detail }: { detail: MeetingDetail }) {
  return (
    <View>
      {detail.review ? (
        <View className="gh-card">
          <Text className="gh-meeting-step__title">网格审议：{detail.review.approve ? '通过' : '不通过'}</Text>
          <Text className="gh-meeting-record__text">{detail.review.note}</Text>
          <Text className="gh-muted">{detail.review.byLabel} · {dateTimeLabel(detail.review.at)}</Text>
        </View>
      ) : null}
      {detail.decision ? (
        <View className="gh-card">
          <Text className="gh-meeting-step__title">
            社区决议：{detail.decision.approve ? (detail.decision.withMeeting ? '通过，召开议事会' : '通过，无需开会') : '不通过'}
          </Text>
          {detail.decision.reason ? <Text className="gh-meeting-record__text">{detail.decision.reason}</Text> : null}
          <Text className="gh-muted">{dateTimeLabel(detail.decision.at)}</Text>
        </View>
      ) : null}
      {detail.meeting ? (
        <View className="gh-card">
          <Text className="gh-meeting-step__title">居民议事会</Text>
          <Fact label="时间">{dateTimeLabel(detail.meeting.startsAt)}</Fact>
          <Fact label="地点">{detail.meeting.place}</Fact>
          <Fact label="人数上限">{`${detail.meeting.capacity}人`}</Fact>
          <Fact label="报名截止">{dateTimeLabel(detail.meeting.registrationClosesAt)}</Fact>
        </View>
      ) : null}
      {detail.record ? (
        <View className="gh-card">
          <Text className="gh-meeting-step__title">会议纪要（参会{detail.record.attendeesCount}人）</Text>
          <Text className="gh-meeting-record__text">{detail.record.minutes}</Text>
          <Text className="gh-meeting-step__title">决议</Text>
          <Text className="gh-meeting-record__text">{detail.record.resolution}</Text>
        </View>
      ) : null}
      {detail.progress.length ? (
        <View className="gh-card">
          <Text className="gh-meeting-step__title">落实情况</Text>
          {detail.progress.map((report, index) => (
            <View key={`${report.at}-${index}`} className="gh-meeting-progress">
              <Text className="gh-muted">{dateTimeLabel(report.at)}</Text>
              <Text className="gh-meeting-record__text">{report.note}</Text>
              <PhotoGrid fileIds={report.photos} />
            </View>
          ))}
        </View>
      ) : null}
      {detail.evaluation ? (
        <View className="gh-card">
          <Text className="gh-meeting-step__title">居民评议（{dateTimeLabel(detail.evaluation.endsAt)}结束）</Text>
          <Text className="gh-meeting-record__text">
            {EVALUATION_RATINGS.map((rating) => `${EVALUATION_RATING_LABELS[rating]} ${detail.evaluation?.counts[rating] ?? 0}`).join(' · ')}
          </Text>
          <Text className="gh-muted">
            共{detail.evaluation.total}人评议{detail.evaluation.satisfactionRate === null ? '' : `，满意率${Math.round(detail.evaluation.satisfactionRate * 100)}%`}
          </Text>
        </View>
      ) : null}
      {detail.rejectedReason ? (
        <View className="gh-card">
          <Text className="gh-meeting-step__title">未通过的理由</Text>
          <Text className="gh-meeting-record__text">{detail.rejectedReason}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** The meeting day: the check-in desk once it opens, the minutes once the meeting started; else when they will. */
function MeetingDay({ detail }: { detail: MeetingDetail }) {
  if (detail.status !== 'scheduled' || !detail.meeting) return null;
  const canCheckIn = detail.actions.includes('checkIn');
  const started = Date.parse(detail.meeting.startsAt) <= Date.now();
  return (
    <View className="gh-card gh-meeting-step">
      <Text className="gh-meeting-step__title">会议当天</Text>
      {canCheckIn ? (
        <Button type="primary" size="large" block onClick={() => openPage(meetingCheckInUrl(detail.id))}>去签到</Button>
      ) : (
        <Text className="gh-meeting-step__hint">开会前2小时开始签到。</Text>
      )}
      {!started ? <Text className="gh-meeting-step__hint">会议开始后（{dateTimeLabel(detail.meeting.startsAt)}）可在这里记录会议纪要。</Text> : null}
    </View>
  );
}

function Manage({ detail, reload }: { detail: MeetingDetail; reload: () => void }) {
  const can = (action: MeetingDetail['actions'][number]) => detail.actions.includes(action);
  return (
    <View>
      <Head detail={detail} />
      {can('gridReview') ? <ReviewForm detail={detail} onDone={reload} /> : null}
      {can('decide') ? <DecideForm detail={detail} onDone={reload} /> : null}
      <MeetingDay detail={detail} />
      {can('record') ? <RecordForm detail={detail} onDone={reload} /> : null}
      {can('openEvaluation') ? <EvaluationForm detail={detail} onDone={reload} /> : null}
      {can('progress') ? <ProgressForm detail={detail} onDone={reload} /> : null}
      {detail.meeting && detail.roster ? <Roster meeting={detail.meeting} roster={detail.roster} /> : null}
      <Record detail={detail} />
    </View>
  );
}

/** 议事管理 for one topic: where it stands, the steps the caller may take now (the server's `actions`), the roster. */
export function ManageView({ id }: { id: string }) {
  const read = useCallback(() => getMeetingForStaff(id), [id]);
  const [state, reload] = useReloadableItem(read);
  // Back from the check-in desk: the counts and the roster moved on.
  useDidShow(() => {
    if (state.status === 'ready') void reload();
  });
  usePullDownRefresh(() => {
    void reload().then(() => Taro.stopPullDownRefresh());
  });
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={() => void reload()} />;
  return <Manage detail={state.item} reload={() => void reload()} />;
}
