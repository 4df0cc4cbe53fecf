import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Dashboard, RankedRow } from '@contract/report';
import { monthOf } from '@contract/report-month';
import { useReply } from '../../hooks/use-reply';
import { openPage, ROUTES } from '../../navigation/routes';
import { loadDashboard, listOverdue } from '../../services/reports';
import { dateTimeLabel } from '../../ui/dates';
import { F2Chart } from '../charts/f2-chart';
import { LoadableView } from '../page-state/page-state';
import { categoryChart, categoryData, rowsChart, trendChart, trendData } from './charts';
import { ExportPanel } from './export-panel';
import { FigureGrid } from './figure-grid';
import { numberText, percentText } from './figures-text';
import { KeyRates } from './key-rates';
import { MonthStepper } from './month-stepper';
import { OverdueList } from './overdue-list';
import { RankingList } from './ranking-list';
import './workbench.scss';

export interface Place {
  communityId?: string;
  gridId?: string;
}

/** 数据看板 of one place: the caller's own without arguments, else a community (street admin) or a grid. */
export function workbenchUrl(place: Place = {}): string {
  const query = Object.entries(place)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value as string)}`)
    .join('&');
  return query ? `${ROUTES.workbench}?${query}` : ROUTES.workbench;
}

const OVERDUE_PREVIEW = 3;

function asOfText(board: Dashboard): string {
  return board.asOf ? `数据截至${dateTimeLabel(board.asOf)}，每小时更新` : '本月数据还在统计，整点后再来看看';
}

/** Where a row of the ranking leads: a community of the street, or a grid of the community. */
function openRow(board: Dashboard, row: RankedRow): void {
  if (!row.id) return;
  openPage(board.scope.kind === 'street' ? workbenchUrl({ communityId: row.id }) : workbenchUrl({ gridId: row.id }));
}

function OverduePreview() {
  const [state, reload] = useReply(() => listOverdue({}));
  return (
    <View className="gh-card">
      <View className="gh-wb__title-row">
        <Text className="gh-section-title">超时督办</Text>
        <View className="gh-wb__more" role="link" onClick={() => openPage(ROUTES.workbenchOverdue)}>
          <Text>查看全部 ›</Text>
        </View>
      </View>
      <LoadableView state={state} onRetry={reload} loadingText="正在查找超时的诉求…">
        {(page) =>
          page.items.length === 0 ? <Text className="gh-muted">没有超时的诉求，继续保持。</Text> : <OverdueList items={page.items.slice(0, OVERDUE_PREVIEW)} />
        }
      </LoadableView>
    </View>
  );
}

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className="gh-card">
      <Text className="gh-section-title">{title}</Text>
      {children}
    </View>
  );
}

function BoardView({ board, place, own }: { board: Dashboard; place: Place; own: boolean }) {
  const { complaints } = board.current;
  const { wishes, meetings } = board.current;
  const categories = categoryData(board);
  const trendHasData = trendData(board).length > 0;
  // Drawn once per board: a chart redraws whenever its element is a new one.
  const charts = useMemo(() => ({ trend: trendChart(board), category: categoryChart(board), rows: rowsChart(board) }), [board]);
  return (
    <View>
      <View className="gh-card gh-wb__head">
        <Text className="gh-wb__scope">{board.scope.name}</Text>
        <Text className="gh-muted">{asOfText(board)}</Text>
        <FigureGrid
          figures={[
            { label: '本月受理', value: String(complaints.received) },
            { label: '在办', value: String(board.openNow) },
            { label: '当前超时', value: String(board.overdueNow) },
          ]}
        />
      </View>
      <View className="gh-card">
        <Text className="gh-section-title">诉求办理</Text>
        <KeyRates current={board.current} previous={board.previous} />
        <FigureGrid
          figures={[
            { label: '平均签收（小时）', value: numberText(complaints.averageAcceptHours) },
            { label: '平均办结（小时）', value: numberText(complaints.averageResolveHours) },
            { label: '吹哨部门', value: String(complaints.summoned) },
            { label: '报到及时率', value: percentText(complaints.summonsOnTimeRate) },
          ]}
        />
      </View>
      <ChartCard title="近12个月走势">
        {trendHasData ? (
          <F2Chart id="gh-chart-trend" height={220} label="近12个月按时办结率和满意率的走势" element={charts.trend} />
        ) : (
          <Text className="gh-muted">近12个月还没有可比较的办结和评价。</Text>
        )}
      </ChartCard>
      <ChartCard title="本月诉求类别">
        {categories.length > 0 ? (
          <>
            <F2Chart id="gh-chart-category" height={Math.max(140, categories.length * 34)} label="本月各类诉求的件数" element={charts.category} />
            <Text className="gh-muted gh-wb__legend">{categories.map((datum) => `${datum.category}${datum.count}件`).join('，')}</Text>
          </>
        ) : (
          <Text className="gh-muted">本月还没有收到诉求。</Text>
        )}
      </ChartCard>
      {board.rows.length > 0 ? (
        <ChartCard title={board.scope.kind === 'street' ? '社区排名' : '网格排名'}>
          <F2Chart id="gh-chart-rows" height={200} label="各单位本月受理和当前超时的件数" element={charts.rows} />
          <RankingList rows={board.rows} onOpen={(row) => openRow(board, row)} />
        </ChartCard>
      ) : null}
      {own ? <OverduePreview /> : null}
      <View className="gh-card">
        <Text className="gh-section-title">微心愿</Text>
        <FigureGrid
          figures={[
            { label: '提交', value: String(wishes.filed) },
            { label: '代为提交', value: String(wishes.filedOnBehalf) },
            { label: '已认领', value: String(wishes.claimed) },
            { label: '已确认', value: String(wishes.confirmed) },
            { label: '已过期', value: String(wishes.expired) },
            { label: '发布到确认（天）', value: numberText(wishes.medianDaysToConfirm) },
            { label: '发放积分', value: String(wishes.pointsCredited) },
            { label: '活跃志愿者', value: String(wishes.activeVolunteers) },
          ]}
        />
      </View>
      <View className="gh-card">
        <Text className="gh-section-title">议事协商</Text>
        <FigureGrid
          figures={[
            { label: '提出议题', value: String(meetings.proposed) },
            { label: '达到附议', value: String(meetings.reachedThreshold) },
            { label: '召开会议', value: String(meetings.held) },
            { label: '出席率', value: percentText(meetings.attendanceRate) },
            { label: '评议满意率', value: percentText(meetings.evaluationSatisfactionRate) },
          ]}
        />
      </View>
      <ExportPanel month={board.month} communityId={place.communityId} gridId={place.gridId} />
    </View>
  );
}

function BoardLoader({ month, place }: { month: string; place: Place }) {
  const [state, reload] = useReply(() => loadDashboard({ month, ...place }));
  const own = !place.communityId && !place.gridId;
  return (
    <LoadableView state={state} onRetry={reload} loadingText="正在统计…">
      {(board) => <BoardView board={board} place={place} own={own} />}
    </LoadableView>
  );
}

/** 数据看板: a month's figures of the caller's place (or a community / grid they may read), the 台账 export, 留痕. */
export function WorkbenchDashboard({ place, auditable }: { place: Place; auditable: boolean }) {
  const latest = monthOf(new Date());
  const [month, setMonth] = useState(latest);
  return (
    <View className="gh-wb">
      <MonthStepper month={month} latest={latest} onChange={setMonth} />
      <BoardLoader key={`${month}|${place.communityId ?? ''}|${place.gridId ?? ''}`} month={month} place={place} />
      {auditable ? (
        <View className="gh-card gh-wb__link" role="link" onClick={() => openPage(ROUTES.workbenchAudit)}>
          <Text>操作留痕</Text>
          <Text className="gh-muted">每件事谁在何时做了什么 ›</Text>
        </View>
      ) : null}
    </View>
  );
}
