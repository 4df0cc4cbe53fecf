import { Axis, Chart, Interval, Legend, Line, Point, jsx } from '@antv/f2';
import type { Dashboard } from '@contract/report';
import type { ChartElement } from '../charts/f2-chart';
import { percentText, shortMonth } from './figures-text';

type ElementType = Parameters<typeof jsx>[0];

/** F2's generic components do not fit its own `jsx` typing; the props are F2's documented ones. */
function element(type: unknown, props: Record<string, unknown>, ...children: ChartElement[]): ChartElement {
  return jsx(type as ElementType, props, ...children);
}

const BRAND = '#d9502b';
/** F2's theme writes sizes for a 2× canvas; the workbench's labels are read by people over fifty. */
const LABEL = { label: { fontSize: 12, fill: '#5c5550' } };
const LEGEND = { position: 'top', nameStyle: { fontSize: 13, fill: '#2a2522' }, marker: 'square' };
const CALM = '#2f7d6d';

interface TrendDatum {
  month: string;
  series: string;
  value: number;
}

/** The 12-month trend of 按时办结率 and 满意率 (months without cases are left out, not drawn as 0). */
export function trendData(board: Dashboard): TrendDatum[] {
  return board.trend.flatMap((point) => [
    ...(point.resolveOnTimeRate === null ? [] : [{ month: shortMonth(point.month), series: '按时办结率', value: point.resolveOnTimeRate }]),
    ...(point.satisfactionRate === null ? [] : [{ month: shortMonth(point.month), series: '满意率', value: point.satisfactionRate }]),
  ]);
}

export function trendChart(board: Dashboard): ChartElement {
  const data = trendData(board);
  const months = board.trend.map((point) => shortMonth(point.month));
  return element(
    Chart,
    { data, scale: { month: { type: 'cat', values: months }, value: { min: 0, max: 1, tickCount: 5 } } },
    element(Axis, { field: 'month', style: { label: { fontSize: 11, fill: '#5c5550' } } }),
    element(Axis, { field: 'value', formatter: (value: number) => percentText(value), style: LABEL }),
    element(Line, { x: 'month', y: 'value', color: { field: 'series', range: [BRAND, CALM] } }),
    element(Point, { x: 'month', y: 'value', color: { field: 'series', range: [BRAND, CALM] } }),
    element(Legend, LEGEND),
  );
}

export interface CategoryDatum {
  category: string;
  count: number;
}

/** Complaints of the month by category, the largest first. */
export function categoryData(board: Dashboard): CategoryDatum[] {
  return Object.entries(board.current.complaints.byCategory)
    .map(([category, count]) => ({ category, count: count ?? 0 }))
    .filter((datum) => datum.count > 0)
    .sort((a, b) => b.count - a.count);
}

export function categoryChart(board: Dashboard): ChartElement {
  const data = [...categoryData(board)].reverse();
  return element(
    Chart,
    { data, coord: { transposed: true }, scale: { count: { min: 0, tickCount: 4 } } },
    element(Axis, { field: 'category', style: LABEL }),
    element(Axis, { field: 'count', style: LABEL }),
    element(Interval, { x: 'category', y: 'count', color: BRAND }),
  );
}

interface RowDatum {
  name: string;
  series: string;
  count: number;
}

/** The grids (or communities) side by side: cases received this month and cases overdue now. */
export function rowsData(board: Dashboard): RowDatum[] {
  return board.rows.flatMap((row) => [
    { name: row.name, series: '本月受理', count: row.received },
    { name: row.name, series: '当前超时', count: row.overdueNow },
  ]);
}

export function rowsChart(board: Dashboard): ChartElement {
  return element(
    Chart,
    { data: rowsData(board), scale: { count: { min: 0, tickCount: 4 } } },
    element(Axis, { field: 'name', style: { label: { fontSize: 11, fill: '#5c5550' } } }),
    element(Axis, { field: 'count', style: LABEL }),
    element(Interval, { x: 'name', y: 'count', color: { field: 'series', range: [CALM, BRAND] }, adjust: 'dodge' }),
    element(Legend, LEGEND),
  );
}
