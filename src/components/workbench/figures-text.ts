/** How the workbench writes its figures: a rate as 92.5%, nothing counted as —, a change in percentage points. */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1).replace(/\.0$/, '')}%`;
}

export function numberText(value: number | null, digits = 1): string {
  return value === null ? '—' : String(Math.round(value * 10 ** digits) / 10 ** digits);
}

export interface Change {
  text: string;
  /** Better, worse or the same for the community (a falling 重办率 is better). */
  tone: 'better' | 'worse' | 'same';
  label: string;
}

/** The change of a rate from last month; null when either month counted nothing. */
export function rateChange(current: number | null, previous: number | null, higherIsBetter = true): Change | null {
  if (current === null || previous === null) return null;
  const points = Math.round((current - previous) * 1000) / 10;
  if (points === 0) return { text: '较上月持平', tone: 'same', label: '与上月持平' };
  const up = points > 0;
  const better = up === higherIsBetter;
  return {
    text: `较上月${up ? '↑' : '↓'}${Math.abs(points)}`,
    tone: better ? 'better' : 'worse',
    label: `较上月${up ? '上升' : '下降'}${Math.abs(points)}个百分点`,
  };
}

/** 2026-12 → 12月 (the trend's axis). */
export function shortMonth(month: string): string {
  return `${Number(month.slice(5))}月`;
}

/** 超时 26.5 小时, or 超时 3 天 once it is more than two days. */
export function overdueText(hours: number): string {
  if (hours < 1) return '刚刚超时';
  if (hours <= 48) return `超时${Math.round(hours)}小时`;
  return `超时${Math.round(hours / 24)}天`;
}
