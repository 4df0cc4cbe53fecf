import type { Urgency } from './complaint-labels';

/** A time limit: clock minutes, or working days in Asia/Shanghai (weekends and the holiday list skipped). */
export type Limit = { minutes: number } | { workingDays: number };

export interface ComplaintLimits {
  /** 签收: from filing (or dispatch, or 重办) to acceptance. */
  accept: Record<Urgency, Limit>;
  /** 办结: from acceptance to the answer. */
  resolve: Record<Urgency, Limit>;
  /** 办结 of a case marked 复杂 with an approved extension, from acceptance. */
  complexResolve: Limit;
  /** Past the 办结 due time by this much, the case goes up one level. */
  lateEscalation: Limit;
}

/** The defaults every community starts with; a deployment overrides them with COMPLAINT_LIMITS (JSON, same shape). */
export const DEFAULT_COMPLAINT_LIMITS: ComplaintLimits = {
  accept: { emergency: { minutes: 30 }, urgent: { minutes: 120 }, normal: { minutes: 24 * 60 } },
  resolve: { emergency: { minutes: 120 }, urgent: { minutes: 24 * 60 }, normal: { workingDays: 7 } },
  complexResolve: { workingDays: 15 },
  lateEscalation: { workingDays: 1 },
};

/** A department's default time to 报到 once summoned. */
export const DEFAULT_REPORT_LIMIT_MINUTES = 120;
