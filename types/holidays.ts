/**
 * China's public holidays (法定节假日) and the weekend days worked instead (调休), by year, as the State
 * Council publishes them each November. Dates are days in Asia/Shanghai. A year missing here counts only
 * weekends as days off: add the new year's list when it is published.
 */
export interface HolidayYear {
  off: readonly string[];
  workdays: readonly string[];
}

export const HOLIDAYS: Readonly<Record<string, HolidayYear>> = {
  '2026': {
    off: [
      '2026-01-01', '2026-01-02', '2026-01-03',
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
      '2026-04-04', '2026-04-05', '2026-04-06',
      '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
      '2026-06-19', '2026-06-20', '2026-06-21',
      '2026-09-25', '2026-09-26', '2026-09-27',
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};
