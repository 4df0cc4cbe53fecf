import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { AuditEntry } from '@contract/report';
import { monthOf } from '@contract/report-month';
import { usePagedList } from '../../hooks/use-paged-list';
import { complaintDetailUrl, meetingDetailUrl, openPage, wishDetailUrl } from '../../navigation/routes';
import { listAuditLog } from '../../services/reports';
import { dateTimeLabel } from '../../ui/dates';
import { complaintTimelineText } from '../complaint/complaint-text';
import { ListFooter } from '../list-footer/list-footer';
import { meetingTimelineText } from '../meeting/meeting-text';
import { EmptyState, ErrorState, LoadingState } from '../page-state/page-state';
import { timelineText } from '../wish/wish-text';
import { MonthStepper } from './month-stepper';
import './workbench.scss';

/** What an entry says happened, in the words of its item's own timeline. */
export function auditText(entry: AuditEntry): string {
  if (entry.itemType === 'complaint') return complaintTimelineText(entry.action);
  if (entry.itemType === 'wish') return timelineText(entry.action);
  if (entry.itemType === 'meeting') return meetingTimelineText(entry.action);
  if (entry.action === 'ledger.exported') return '导出了台账';
  return '更新了资料';
}

function detailUrl(entry: AuditEntry): string | null {
  if (entry.itemType === 'complaint') return complaintDetailUrl(entry.itemId);
  if (entry.itemType === 'wish') return wishDetailUrl(entry.itemId);
  if (entry.itemType === 'meeting') return meetingDetailUrl(entry.itemId);
  return null;
}

function AuditLine({ entry }: { entry: AuditEntry }) {
  const url = detailUrl(entry);
  return (
    <View className="gh-audit__item" role="listitem" onClick={() => url && openPage(url)}>
      <Text className="gh-audit__what">
        {entry.actorName ? `${entry.actorLabel} ${entry.actorName}` : entry.actorLabel} {auditText(entry)}
      </Text>
      {entry.itemTitle ? <Text className="gh-audit__title">{entry.itemTitle}{url ? ' ›' : ''}</Text> : null}
      {entry.note ? <Text className="gh-audit__note">“{entry.note}”</Text> : null}
      <Text className="gh-muted gh-audit__time">{dateTimeLabel(entry.at)}</Text>
    </View>
  );
}

/** 操作留痕: the month's events of the caller's community (street: every community), newest first; each opens its item. */
export function AuditPage() {
  const latest = monthOf(new Date());
  const [month, setMonth] = useState(latest);
  const list = usePagedList((cursor) => listAuditLog({ month, cursor }), month);
  usePullDownRefresh(() => {
    void list.reload(true).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  return (
    <View className="gh-wb">
      <MonthStepper month={month} latest={latest} onChange={setMonth} />
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState error={list.error} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? <EmptyState icon="📒" title="这个月还没有记录" description="办理、审核、导出台账，都会记在这里。" /> : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View className="gh-card gh-audit" role="list">
          {list.items.map((entry) => (
            <AuditLine key={entry.id} entry={entry} />
          ))}
          <ListFooter count={list.items.length} hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
