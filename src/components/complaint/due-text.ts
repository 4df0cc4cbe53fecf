import type { OverdueKind, WaitingFor } from '@contract/complaint-labels';
import { OVERDUE_LABELS } from '@contract/complaint-labels';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What the case waits for, as the chip names the step. */
export const WAITING_STEP: Record<WaitingFor, string> = { accept: '签收', resolve: '办结', rate: '评价', followUp: '回访' };

/** A span → 2天3小时 / 1小时5分 / 25分钟 / 不到1分钟: two units at most, so the chip stays one short line. */
export function spanText(ms: number): string {
  const span = Math.abs(ms);
  if (span >= DAY) {
    const days = Math.floor(span / DAY);
    const hours = Math.floor((span % DAY) / HOUR);
    return hours ? `${days}天${hours}小时` : `${days}天`;
  }
  if (span >= HOUR) {
    const hours = Math.floor(span / HOUR);
    const minutes = Math.floor((span % HOUR) / MINUTE);
    return minutes ? `${hours}小时${minutes}分` : `${hours}小时`;
  }
  if (span >= MINUTE) return `${Math.floor(span / MINUTE)}分钟`;
  return '不到1分钟';
}

export interface DueState {
  text: string;
  late: boolean;
}

/**
 * The countdown as of `now`: 签收还剩 25分钟, or 签收超时 1小时5分 once the due time has passed or the
 * scheduler marked the case late. Null when nothing is due.
 */
export function dueState(
  dueAt: string | null,
  waitingFor: WaitingFor | null,
  overdue: { kind: OverdueKind; since: string } | null,
  now: number,
): DueState | null {
  if (!dueAt) return overdue ? { text: OVERDUE_LABELS[overdue.kind], late: true } : null;
  const left = new Date(dueAt).getTime() - now;
  const step = waitingFor ? WAITING_STEP[waitingFor] : '';
  if (left <= 0 || overdue) {
    const label = overdue ? OVERDUE_LABELS[overdue.kind] : `${step}超时`;
    return { text: left < 0 ? `${label} ${spanText(left)}` : label, late: true };
  }
  return { text: `${step}还剩 ${spanText(left)}`, late: false };
}
