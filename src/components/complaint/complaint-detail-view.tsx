import { Text, View } from '@tarojs/components';
import type { ComplaintDetail } from '@contract/complaint';
import {
  COMPLAINT_STATUS_LABELS,
  FOLLOW_UP_LABELS,
  LEVEL_LABELS,
  SOURCE_LABELS,
  SUMMON_STATUS_LABELS,
  URGENCY_LABELS,
} from '@contract/complaint-labels';
import { complaintDetailUrl, openPage } from '../../navigation/routes';
import { cx } from '../../ui/class-names';
import { dateTimeLabel } from '../../ui/dates';
import { PhotoGrid } from '../photos/photo-grid';
import { COMPLAINT_STATUS_HINTS, COMPLAINT_STATUS_TONES } from './complaint-text';
import { DueChip } from './due-chip';
import { Stars } from './stars';
import '../wish/wish.scss';
import './complaint.scss';

function StatusBanner({ detail }: { detail: ComplaintDetail }) {
  const tone = COMPLAINT_STATUS_TONES[detail.status];
  return (
    <View className={cx('gh-complaint-banner', `gh-complaint-banner--${tone}`)}>
      <View className="gh-complaint-banner__top">
        <Text className="gh-complaint-banner__status">{COMPLAINT_STATUS_LABELS[detail.status]}</Text>
        <Text className="gh-complaint-banner__level">{LEVEL_LABELS[detail.level]}处理</Text>
      </View>
      <Text className="gh-complaint-banner__hint">{COMPLAINT_STATUS_HINTS[detail.status]}</Text>
      <View className="gh-complaint-banner__due">
        <DueChip dueAt={detail.dueAt} waitingFor={detail.waitingFor} overdue={detail.overdue} />
      </View>
      {detail.rejection ? (
        <Text className="gh-complaint-banner__reason">
          理由：{detail.rejection.reason}
          {detail.rejection.redirect ? `；建议：${detail.rejection.redirect}` : ''}
        </Text>
      ) : null}
      {detail.returnReason ? <Text className="gh-complaint-banner__reason">退单原因：{detail.returnReason}</Text> : null}
      {detail.mergedInto ? (
        <View className="gh-complaint-banner__link" role="button" onClick={() => openPage(complaintDetailUrl(detail.mergedInto ?? ''))}>
          <Text>查看合并后的诉求 ›</Text>
        </View>
      ) : null}
    </View>
  );
}

/** One fact per line: the label kept whole, the value wrapping after it. */
function Fact({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <View className="gh-complaint-fact">
      <Text className="gh-complaint-fact__label">{label}</Text>
      <Text className="gh-complaint-fact__value">{value}</Text>
    </View>
  );
}

function Summary({ detail }: { detail: ComplaintDetail }) {
  const place = [detail.communityName, detail.buildingName].filter(Boolean).join(' ');
  const flags = [detail.anonymous ? '匿名' : null, detail.private ? '仅工作人员可见' : null].filter(Boolean).join('、');
  return (
    <View className="gh-card">
      <View className="gh-complaint-card__tags">
        <Text className="gh-tag">{detail.category}</Text>
        <Text className={cx('gh-tag', detail.urgency === 'normal' ? 'gh-tag--soft' : 'gh-tag--urgent')}>{URGENCY_LABELS[detail.urgency]}</Text>
        {detail.source !== 'resident' ? <Text className="gh-tag gh-tag--soft">{SOURCE_LABELS[detail.source]}</Text> : null}
        {detail.supportCount > 0 ? <Text className="gh-tag gh-tag--soft">{detail.supportCount}人同问</Text> : null}
      </View>
      <Text className="gh-complaint-detail__text">{detail.text}</Text>
      <PhotoGrid fileIds={detail.photos} />
      <View className="gh-complaint-detail__facts">
        <Fact label="位置" value={place || detail.gridName} />
        <Fact label="具体位置" value={detail.location?.address ?? null} />
        {detail.reporter ? (
          <Fact label="反映人" value={[detail.reporter.name, detail.reporter.room, detail.reporter.phone].filter(Boolean).join(' · ')} />
        ) : null}
        {detail.mine && flags ? <Fact label="公开范围" value={flags} /> : null}
        <Fact label="反映时间" value={dateTimeLabel(detail.createdAt)} />
      </View>
    </View>
  );
}

function DueTimes({ detail }: { detail: ComplaintDetail }) {
  const rows = [
    detail.acceptDueAt && !detail.acceptedAt ? { label: '签收时限', value: dateTimeLabel(detail.acceptDueAt) } : null,
    detail.acceptedAt ? { label: '签收时间', value: dateTimeLabel(detail.acceptedAt) } : null,
    detail.assigneeName ? { label: '处理人', value: detail.assigneeName } : null,
    detail.resolveDueAt && !detail.resolvedAt ? { label: '办结时限', value: dateTimeLabel(detail.resolveDueAt) } : null,
    detail.extension
      ? {
          label: '延期',
          value: `至${dateTimeLabel(detail.extension.until)}（${{ pending: '审核中', approved: '已同意', rejected: '未同意' }[detail.extension.status]}）`,
        }
      : null,
    detail.resolvedAt ? { label: '答复时间', value: dateTimeLabel(detail.resolvedAt) } : null,
    detail.closedAt ? { label: '办结时间', value: dateTimeLabel(detail.closedAt) } : null,
  ].filter((row): row is { label: string; value: string } => Boolean(row));
  if (rows.length === 0) return null;
  return (
    <View className="gh-card">
      <Text className="gh-complaint-detail__heading">办理时限</Text>
      {rows.map((row) => (
        <Fact key={row.label} label={row.label} value={row.value} />
      ))}
    </View>
  );
}

function Summons({ detail }: { detail: ComplaintDetail }) {
  if (detail.summons.length === 0) return null;
  return (
    <View className="gh-card">
      <Text className="gh-complaint-detail__heading">吹哨报到</Text>
      {detail.summons.map((summon) => (
        <View key={summon.departmentId} className="gh-complaint-summon">
          <View className="gh-complaint-summon__top">
            <Text className="gh-complaint-summon__name">{summon.departmentName}</Text>
            <Text className={cx('gh-status', summon.status === 'reported' ? 'gh-status--done' : summon.status === 'acknowledged' ? 'gh-status--busy' : 'gh-status--wait')}>
              {SUMMON_STATUS_LABELS[summon.status]}
            </Text>
          </View>
          {summon.result ? <Text className="gh-complaint-summon__result">{summon.result}</Text> : null}
          <PhotoGrid fileIds={summon.photos} />
        </View>
      ))}
    </View>
  );
}

function Resolution({ detail }: { detail: ComplaintDetail }) {
  if (!detail.resolution && !detail.rating && !detail.followUp?.done) return null;
  return (
    <View className="gh-card">
      {detail.resolution ? (
        <View className="gh-complaint-detail__block">
          <Text className="gh-complaint-detail__heading">办理结果</Text>
          <Text className="gh-complaint-detail__text">{detail.resolution.result}</Text>
          <PhotoGrid fileIds={detail.resolution.photos} />
          <Text className="gh-muted">{dateTimeLabel(detail.resolution.at)}</Text>
        </View>
      ) : null}
      {detail.rating ? (
        <View className="gh-complaint-detail__block">
          <Text className="gh-complaint-detail__heading">评价</Text>
          <Stars value={detail.rating.rating} />
          {detail.rating.comment ? <Text className="gh-complaint-detail__text">“{detail.rating.comment}”</Text> : null}
        </View>
      ) : null}
      {detail.followUp?.done && detail.followUp.satisfied ? (
        <View className="gh-complaint-detail__block">
          <Text className="gh-complaint-detail__heading">回访</Text>
          <Fact label="回访结果" value={FOLLOW_UP_LABELS[detail.followUp.satisfied]} />
          <Fact label="回访记录" value={detail.followUp.note} />
        </View>
      ) : null}
    </View>
  );
}

/** Everything about one case the caller may see; actions and the timeline are drawn by the page. */
export function ComplaintDetailView({ detail }: { detail: ComplaintDetail }) {
  return (
    <View>
      <StatusBanner detail={detail} />
      <Summary detail={detail} />
      <DueTimes detail={detail} />
      <Summons detail={detail} />
      <Resolution detail={detail} />
    </View>
  );
}
