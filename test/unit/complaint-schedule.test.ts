import type { ComplaintDoc, ComplaintStatus, Summon } from '../../types/complaint';
import type { ScheduleFacts } from '../../cloudfunctions/_shared/complaints/complaint-schedule';
import { pendingChecks, scheduleOf } from '../../cloudfunctions/_shared/complaints/complaint-schedule';
import { dueEffect } from '../../cloudfunctions/scheduler/src/complaint-checks';

/** Times in Shanghai, worked out by hand (2026 holidays: Sep 25–27 and Oct 1–7 off, Sep 20 and Oct 10 worked). */
const at = (iso: string) => new Date(iso);
const ACCEPT_DUE = at('2026-09-18T23:30:00+08:00');
const RESOLVE_DUE = at('2026-09-29T23:30:00+08:00');
/** One working day after RESOLVE_DUE: Wed Sep 30 23:30. */
const LATE_ESCALATION = at('2026-09-30T23:30:00+08:00');
const RESOLVED_AT = at('2026-09-29T10:00:00+08:00');
/** Seven calendar days after RESOLVED_AT. */
const AUTO_CLOSE = at('2026-10-06T10:00:00+08:00');
const FOLLOW_UP_DUE = at('2026-10-21T10:00:00+08:00');
const SUMMON_DUE = at('2026-09-22T12:00:00+08:00');

function summon(overrides: Partial<Summon> = {}): Summon {
  return {
    departmentId: 'dept-power',
    departmentName: '云中路供电所',
    status: 'summoned',
    summonedAt: at('2026-09-22T10:00:00+08:00'),
    summonedBy: 'demo-admin',
    dueAt: SUMMON_DUE,
    acknowledgedAt: null,
    reportedAt: null,
    result: null,
    photos: [],
    lateNoticeAt: null,
    ...overrides,
  };
}

function facts(status: ComplaintStatus, overrides: Partial<ScheduleFacts> = {}): ScheduleFacts {
  const accepted = ['accepted', 'resolved', 'closed'].includes(status);
  return {
    status,
    acceptDueAt: ACCEPT_DUE,
    resolveDueAt: accepted ? RESOLVE_DUE : null,
    resolvedAt: ['resolved', 'closed'].includes(status) ? RESOLVED_AT : null,
    followUp: status === 'closed' ? { dueAt: FOLLOW_UP_DUE, done: false, satisfied: null, note: null, by: null, at: null } : null,
    overdue: null,
    urgedAt: null,
    lateEscalatedAt: null,
    summons: [],
    ...overrides,
  };
}

/** A whole case for dueEffect: only the schedule facts matter to it. */
const doc = (f: ScheduleFacts) => f as unknown as ComplaintDoc;
const times = (dates: Date[]) => dates.map((d) => d.toISOString()).sort();

describe('scheduleOf: what the case waits for, by when, and the next check', () => {
  test.each(['submitted', 'returned', 'reopened'] as const)('%s waits for 签收 until its acceptDueAt', (status) => {
    expect(scheduleOf(facts(status))).toEqual({ waitingFor: 'accept', dueAt: ACCEPT_DUE, nextCheckAt: ACCEPT_DUE });
  });

  test('marked late for 签收: still waits for it, but the check is done', () => {
    const marked = facts('submitted', { overdue: { kind: 'accept', since: ACCEPT_DUE } });
    expect(scheduleOf(marked)).toEqual({ waitingFor: 'accept', dueAt: ACCEPT_DUE, nextCheckAt: null });
  });

  test('accepted: waits for 办结; checks at the due time (催办), then one working day after (up a level)', () => {
    expect(scheduleOf(facts('accepted'))).toEqual({ waitingFor: 'resolve', dueAt: RESOLVE_DUE, nextCheckAt: RESOLVE_DUE });
    expect(times(pendingChecks(facts('accepted')))).toEqual(times([RESOLVE_DUE, LATE_ESCALATION]));
    const urged = facts('accepted', { urgedAt: RESOLVE_DUE, overdue: { kind: 'resolve', since: RESOLVE_DUE } });
    expect(scheduleOf(urged)).toEqual({ waitingFor: 'resolve', dueAt: RESOLVE_DUE, nextCheckAt: LATE_ESCALATION });
    expect(scheduleOf({ ...urged, lateEscalatedAt: LATE_ESCALATION }).nextCheckAt).toBeNull();
  });

  test('a summons not yet 报到 is checked at its due time when that comes first; its notice removes the check', () => {
    const summoned = facts('accepted', { summons: [summon()] });
    expect(scheduleOf(summoned)).toEqual({ waitingFor: 'resolve', dueAt: RESOLVE_DUE, nextCheckAt: SUMMON_DUE });
    expect(times(pendingChecks(summoned))).toEqual(times([SUMMON_DUE, RESOLVE_DUE, LATE_ESCALATION]));
    const noticed = facts('accepted', { summons: [summon({ lateNoticeAt: SUMMON_DUE })] });
    expect(scheduleOf(noticed).nextCheckAt).toEqual(RESOLVE_DUE);
    const acknowledged = facts('accepted', { summons: [summon({ status: 'acknowledged', acknowledgedAt: SUMMON_DUE })] });
    expect(scheduleOf(acknowledged).nextCheckAt).toEqual(RESOLVE_DUE);
  });

  test('a summons on a waiting case counts too; on a case no longer open it does not', () => {
    expect(scheduleOf(facts('submitted', { acceptDueAt: RESOLVE_DUE, summons: [summon()] })).nextCheckAt).toEqual(SUMMON_DUE);
    expect(pendingChecks(facts('resolved', { summons: [summon()] }))).toEqual([AUTO_CLOSE]);
  });

  test('resolved: waits for the rating until it closes by itself, 7 days after the answer', () => {
    expect(scheduleOf(facts('resolved'))).toEqual({ waitingFor: 'rate', dueAt: AUTO_CLOSE, nextCheckAt: AUTO_CLOSE });
  });

  test('closed: waits for its 回访; the late mark ends the check, the 回访 ends the wait', () => {
    expect(scheduleOf(facts('closed'))).toEqual({ waitingFor: 'followUp', dueAt: FOLLOW_UP_DUE, nextCheckAt: FOLLOW_UP_DUE });
    const late = facts('closed', { overdue: { kind: 'followUp', since: FOLLOW_UP_DUE } });
    expect(scheduleOf(late)).toEqual({ waitingFor: 'followUp', dueAt: FOLLOW_UP_DUE, nextCheckAt: null });
    const done = facts('closed', { followUp: { dueAt: FOLLOW_UP_DUE, done: true, satisfied: 'satisfied', note: '满意', by: 'demo-gridworker', at: AUTO_CLOSE } });
    expect(scheduleOf(done)).toEqual({ waitingFor: null, dueAt: null, nextCheckAt: null });
  });

  test.each(['merged', 'rejected', 'withdrawn'] as const)('%s: nothing to wait for, nothing to check', (status) => {
    expect(scheduleOf(facts(status, { summons: [summon()] }))).toEqual({ waitingFor: null, dueAt: null, nextCheckAt: null });
  });

  test('dates read back as strings give the same schedule', () => {
    const asRead = JSON.parse(JSON.stringify(facts('accepted', { summons: [summon()] }))) as ScheduleFacts;
    expect(scheduleOf(asRead)).toEqual({ waitingFor: 'resolve', dueAt: RESOLVE_DUE, nextCheckAt: SUMMON_DUE });
  });
});

describe('dueEffect: the earliest effect due by now', () => {
  const justBefore = (d: Date) => new Date(d.getTime() - 1);

  test('nothing before the first due time; the 签收 escalation from the due time itself', () => {
    expect(dueEffect(doc(facts('submitted')), justBefore(ACCEPT_DUE))).toBeNull();
    expect(dueEffect(doc(facts('submitted')), ACCEPT_DUE)).toEqual({ kind: 'acceptOverdue', at: ACCEPT_DUE });
    expect(dueEffect(doc(facts('submitted', { overdue: { kind: 'accept', since: ACCEPT_DUE } })), LATE_ESCALATION)).toBeNull();
  });

  test('an accepted case: 催办 first, then up a level one working day later, each once', () => {
    const accepted = facts('accepted');
    expect(dueEffect(doc(accepted), justBefore(RESOLVE_DUE))).toBeNull();
    expect(dueEffect(doc(accepted), RESOLVE_DUE)).toEqual({ kind: 'urge', at: RESOLVE_DUE });
    // Both due: the earlier one first; the next run takes the other.
    expect(dueEffect(doc(accepted), LATE_ESCALATION)).toEqual({ kind: 'urge', at: RESOLVE_DUE });
    const urged = facts('accepted', { urgedAt: RESOLVE_DUE });
    expect(dueEffect(doc(urged), justBefore(LATE_ESCALATION))).toBeNull();
    expect(dueEffect(doc(urged), LATE_ESCALATION)).toEqual({ kind: 'lateEscalation', at: LATE_ESCALATION });
    expect(dueEffect(doc({ ...urged, lateEscalatedAt: LATE_ESCALATION }), AUTO_CLOSE)).toBeNull();
  });

  test('the late summons, by its position among the summons', () => {
    const c = facts('accepted', { summons: [summon({ status: 'acknowledged', departmentId: 'dept-property' }), summon()] });
    expect(dueEffect(doc(c), justBefore(SUMMON_DUE))).toBeNull();
    expect(dueEffect(doc(c), RESOLVE_DUE)).toEqual({ kind: 'summonOverdue', at: SUMMON_DUE, index: 1 });
  });

  test('a resolved case closes by itself 7 days after its answer; a closed one is marked when its 回访 is late', () => {
    expect(dueEffect(doc(facts('resolved')), justBefore(AUTO_CLOSE))).toBeNull();
    expect(dueEffect(doc(facts('resolved')), AUTO_CLOSE)).toEqual({ kind: 'autoClose', at: AUTO_CLOSE });
    expect(dueEffect(doc(facts('closed')), justBefore(FOLLOW_UP_DUE))).toBeNull();
    expect(dueEffect(doc(facts('closed')), FOLLOW_UP_DUE)).toEqual({ kind: 'followUpOverdue', at: FOLLOW_UP_DUE });
  });

  test('every effect due by now matches a pending check at or before now, the earliest of them', () => {
    const cases = [
      facts('submitted'),
      facts('accepted'),
      facts('accepted', { summons: [summon()] }),
      facts('accepted', { urgedAt: RESOLVE_DUE }),
      facts('resolved'),
      facts('closed'),
    ];
    const later = at('2026-12-31T00:00:00+08:00');
    for (const c of cases) {
      const earliest = Math.min(...pendingChecks(c).map((d) => d.getTime()));
      expect(dueEffect(doc(c), later)?.at.getTime()).toBe(earliest);
      expect(scheduleOf(c).nextCheckAt?.getTime()).toBe(earliest);
    }
  });
});
