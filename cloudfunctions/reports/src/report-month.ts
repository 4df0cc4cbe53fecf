import { monthOf } from '../../../types/report-month';
import { AppError } from '../../_shared/errors';

/** The month asked for, this month by default; a month still to come has no figures. */
export function reportMonth(month: string | undefined, now: Date): string {
  const current = monthOf(now);
  if (month && month > current) throw new AppError('INVALID_INPUT', '不能查看还没到的月份', [{ path: 'month', message: '不能查看还没到的月份' }]);
  return month ?? current;
}
