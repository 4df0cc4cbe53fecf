import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { MeetingDetail } from '@contract/meeting';
import { EVALUATION_RATING_LABELS, EVALUATION_RATINGS, MEETING_STATUS_LABELS } from '@contract/meeting-labels';
import { complaintDetailUrl, openPage } from '../../navigation/routes';
import { cx } from '../../ui/class-names';
import { dateTimeLabel } from '../../ui/dates';
import { PhotoGrid } from '../photos/photo-grid';
import { FiveSteps } from './five-steps';
import { MEETING_STATUS_HINTS, MEETING_STATUS_TONES, meetingScopeLabel, percent } from './meeting-text';
import { RegistrationCard } from './registration-card';
import '../wish/wish.scss';
import './meeting.scss';
import './meeting-fact.scss';

/** One fact per line: the label kept whole, the value wrapping after it. */
function Fact({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <View className="gh-meeting-fact">
      <Text className="gh-meeting-fact__label">{label}</Text>
      <Text className="gh-meeting-fact__value">{value}</Text>
    </View>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="gh-card">
      <Text className="gh-meeting-detail__heading">{title}</Text>
      {children}
    </View>
  );
}

function StatusBanner({ detail }: { detail: MeetingDetail }) {
  return (
    <View className={cx('gh-meeting-banner', `gh-meeting-banner--${MEETING_STATUS_TONES[detail.status]}`)}>
      <Text className="gh-meeting-banner__status">{MEETING_STATUS_LABELS[detail.status]}</Text>
      <Text className="gh-meeting-banner__hint">{MEETING_STATUS_HINTS[detail.status]}</Text>
      {detail.rejectedReason ? <Text className="gh-meeting-banner__reason">理由：{detail.rejectedReason}</Text> : null}
    </View>
  );
}

function Summary({ detail }: { detail: MeetingDetail }) {
  const gathering = detail.status === 'proposed';
  return (
    <View className="gh-card">
      <Text className="gh-meeting-detail__title">{detail.title}</Text>
      <Text className="gh-meeting-detail__text">{detail.background}</Text>
      <View className="gh-meeting-seconds" aria-label={`附议${detail.secondCount}人，需要${detail.threshold}人`}>
        <View className="gh-meeting-seconds__bar">
          <View className="gh-meeting-seconds__fill" style={{ width: `${Math.min(100, Math.round((detail.secondCount / Math.max(1, detail.threshold)) * 100))}%` }} />
        </View>
        <Text className="gh-meeting-seconds__text">
          附议 {detail.secondCount}/{detail.threshold} 人{detail.secondCount >= detail.threshold ? '，已达到' : gathering ? `，还差${detail.threshold - detail.secondCount}人` : ''}
        </Text>
      </View>
      {detail.seconded ? <Text className="gh-muted">您已附议这个议题。</Text> : null}
      <View className="gh-meeting-detail__facts">
        <Fact label="议事范围" value={meetingScopeLabel(detail)} />
        <Fact label="提议人" value={detail.mine ? `${detail.proposerName}（我）` : detail.proposerName} />
        <Fact label="提议时间" value={dateTimeLabel(detail.proposedAt)} />
        {gathering ? <Fact label="征集截止" value={dateTimeLabel(detail.lapsesAt)} /> : null}
      </View>
      {detail.fromComplaint ? (
        <View className="gh-meeting-detail__link" role="button" onClick={() => openPage(complaintDetailUrl(detail.fromComplaint?.id ?? ''))}>
          <Text>来自诉求：{detail.fromComplaint.title} ›</Text>
        </View>
      ) : null}
    </View>
  );
}

function Decisions({ detail }: { detail: MeetingDetail }) {
  if (!detail.review && !detail.decision) return null;
  return (
    <Section title="审议和决议">
      {detail.review ? (
        <View className="gh-meeting-detail__block">
          <Fact label="网格审议" value={detail.review.approve ? '通过' : '不通过'} />
          {detail.review.note ? <Text className="gh-meeting-detail__text">{detail.review.note}</Text> : null}
          <Text className="gh-muted">{detail.review.byLabel} · {dateTimeLabel(detail.review.at)}</Text>
        </View>
      ) : null}
      {detail.decision ? (
        <View className="gh-meeting-detail__block">
          <Fact label="社区决议" value={detail.decision.approve ? (detail.decision.withMeeting ? '通过，召开居民议事会' : '通过，直接落实') : '不通过'} />
          {detail.decision.reason ? <Text className="gh-meeting-detail__text">{detail.decision.reason}</Text> : null}
          <Text className="gh-muted">{dateTimeLabel(detail.decision.at)}</Text>
        </View>
      ) : null}
    </Section>
  );
}

function MeetingInfo({ detail }: { detail: MeetingDetail }) {
  const meeting = detail.meeting;
  if (!meeting) return null;
  const full = meeting.registeredCount >= meeting.capacity;
  return (
    <Section title="居民议事会">
      <Fact label="时间" value={dateTimeLabel(meeting.startsAt)} />
      <Fact label="地点" value={meeting.place} />
      <Fact label="名额" value={`${meeting.capacity}人`} />
      <Fact label="已报名" value={`${meeting.registeredCount}人${full ? '（已满）' : `，还剩${meeting.capacity - meeting.registeredCount}个名额`}`} />
      {meeting.waitlistCount > 0 ? <Fact label="候补" value={`${meeting.waitlistCount}人`} /> : null}
      {detail.status === 'scheduled' ? <Fact label="报名截止" value={dateTimeLabel(meeting.registrationClosesAt)} /> : null}
      {meeting.checkedInCount > 0 ? <Fact label="已签到" value={`${meeting.checkedInCount}人`} /> : null}
    </Section>
  );
}

function Minutes({ detail }: { detail: MeetingDetail }) {
  if (!detail.record) return null;
  return (
    <Section title="决议公布">
      <View className="gh-meeting-detail__block">
        <Text className="gh-meeting-detail__subheading">决议</Text>
        <Text className="gh-meeting-detail__text">{detail.record.resolution}</Text>
      </View>
      <View className="gh-meeting-detail__block">
        <Text className="gh-meeting-detail__subheading">会议纪要（参会{detail.record.attendeesCount}人）</Text>
        <Text className="gh-meeting-detail__text">{detail.record.minutes}</Text>
      </View>
      <Text className="gh-muted">{dateTimeLabel(detail.record.at)}</Text>
    </Section>
  );
}

function Progress({ detail }: { detail: MeetingDetail }) {
  if (detail.progress.length === 0) return null;
  return (
    <Section title="落实情况">
      {detail.progress.map((report, index) => (
        <View key={`${report.at}-${index}`} className="gh-meeting-detail__block">
          <Text className="gh-muted">{dateTimeLabel(report.at)}</Text>
          <Text className="gh-meeting-detail__text">{report.note}</Text>
          <PhotoGrid fileIds={report.photos} />
        </View>
      ))}
    </Section>
  );
}

function Evaluation({ detail }: { detail: MeetingDetail }) {
  const evaluation = detail.evaluation;
  if (!evaluation) return null;
  const open = detail.status === 'evaluating';
  return (
    <Section title="居民评议">
      <Text className="gh-muted">{open ? `${dateTimeLabel(evaluation.endsAt)}结束` : `已于${dateTimeLabel(evaluation.endsAt)}结束`}</Text>
      <View className="gh-meeting-ratings">
        {EVALUATION_RATINGS.map((rating) => (
          <View key={rating} className="gh-meeting-ratings__item">
            <Text className="gh-meeting-ratings__count">{evaluation.counts[rating]}</Text>
            <Text className="gh-meeting-ratings__label">{EVALUATION_RATING_LABELS[rating]}</Text>
          </View>
        ))}
      </View>
      <Text className="gh-meeting-detail__text">
        共{evaluation.total}人评议{evaluation.satisfactionRate === null ? '，还没有人评议' : `，满意率 ${percent(evaluation.satisfactionRate)}`}
      </Text>
      {detail.myEvaluation ? <Text className="gh-muted">您的评议：{EVALUATION_RATING_LABELS[detail.myEvaluation]}</Text> : null}
    </Section>
  );
}

/** Everything about one topic the caller may see; the actions and the timeline are drawn by the page. */
export function MeetingDetailView({ detail }: { detail: MeetingDetail }) {
  return (
    <View>
      <StatusBanner detail={detail} />
      <Summary detail={detail} />
      <FiveSteps status={detail.status} />
      {detail.myRegistration ? <RegistrationCard registration={detail.myRegistration} /> : null}
      <MeetingInfo detail={detail} />
      <Decisions detail={detail} />
      <Minutes detail={detail} />
      <Progress detail={detail} />
      <Evaluation detail={detail} />
    </View>
  );
}
