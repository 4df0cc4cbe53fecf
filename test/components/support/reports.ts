import type { Dashboard, MonthFigures } from '@contract/report';

export function monthFigures(month: string, overrides: Partial<MonthFigures['complaints']> = {}): MonthFigures {
  return {
    month,
    complaints: {
      received: 12, bySource: { resident: 10, patrol: 2 }, byCategory: { 楼道堆物: 7, 环境卫生: 5 }, acceptOnTimeRate: 0.9, resolveOnTimeRate: 0.75,
      satisfactionRate: 0.8, reopenRate: 0.1, followUpRate: 0.5, gridResolutionRate: 0.85, averageAcceptHours: 3.25, averageResolveHours: 30,
      summonsOnTimeRate: null, summoned: 0, reopened: 1, closed: 8, ...overrides,
    },
    wishes: { filed: 6, filedOwn: 4, filedOnBehalf: 2, published: 5, claimed: 4, confirmed: 3, expired: 1, medianDaysToConfirm: 2.5, pointsCredited: 30, activeVolunteers: 3 },
    meetings: { proposed: 2, reachedThreshold: 1, held: 1, registered: 10, attended: 8, evaluationsSatisfied: 6, evaluations: 8, attendanceRate: 0.8, evaluationSatisfactionRate: 0.75 },
  };
}

export function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    month: '2026-12',
    scope: { kind: 'community', id: 'c1', name: '鑫盛社区' },
    asOf: '2026-12-03T05:00:00.000Z',
    current: monthFigures('2026-12'),
    previous: monthFigures('2026-11', { acceptOnTimeRate: 0.8, resolveOnTimeRate: 0.75, reopenRate: 0.05 }),
    trend: [{ month: '2026-11', acceptOnTimeRate: 0.8, resolveOnTimeRate: 0.75, satisfactionRate: 0.9, received: 10 }, { month: '2026-12', acceptOnTimeRate: 0.9, resolveOnTimeRate: 0.75, satisfactionRate: 0.8, received: 12 }],
    rows: [
      { kind: 'grid', id: 'g1', name: '第一网格', received: 8, acceptOnTimeRate: 1, resolveOnTimeRate: 0.9, satisfactionRate: 0.9, openNow: 2, overdueNow: 0, lagging: false },
      { kind: 'grid', id: 'g2', name: '第二网格', received: 4, acceptOnTimeRate: 0.5, resolveOnTimeRate: 0.5, satisfactionRate: 0.5, openNow: 3, overdueNow: 2, lagging: true },
    ],
    openNow: 5,
    overdueNow: 2,
    ...overrides,
  };
}
