import type { ComplaintDoc, Level, OverdueKind, Summon } from '../../../types/complaint';
import { AWAITING_ACCEPT, COMPLAINT_TRANSITIONS, FOLLOW_UP_DAYS, OPEN_STATUSES, levelAbove } from '../../../types/complaint';
import { autoCloseAt, scheduleOf } from '../../_shared/complaints/complaint-schedule';
import type { ComplaintChange } from '../../_shared/complaints/complaint-store';
import { COMPLAINTS, changeComplaint, reporterSide } from '../../_shared/complaints/complaint-store';
import { lateEscalationAt } from '../../_shared/complaints/due-times';
import { holdersAt } from '../../_shared/complaints/recipients';
import { changedOne, database } from '../../_shared/runtime';
import type { TimerRun } from '../../_shared/timer';
import { workThroughDue } from './due-work';

const SYSTEM = { actorOpenid: '', actorLabel: '系统' };
const DAY_MS = 24 * 3600 * 1000;

/** What the scheduler does to a case whose check has come: one effect per write, the earliest first. */
export type DueEffect =
  | { kind: 'acceptOverdue'; at: Date }
  | { kind: 'urge'; at: Date }
  | { kind: 'lateEscalation'; at: Date }
  | { kind: 'summonOverdue'; at: Date; index: number }
  | { kind: 'autoClose'; at: Date }
  | { kind: 'followUpOverdue'; at: Date };

const dateOf = (value: Date | string | null | undefined) => (value ? new Date(value) : null);

/**
 * The earliest effect due by `now`, or null. Each effect's condition is the one under which
 * complaint-schedule.ts counts its check as pending, and each effect's write removes that check.
 */
export function dueEffect(c: ComplaintDoc, now: Date): DueEffect | null {
  const due: DueEffect[] = [];
  const acceptDueAt = dateOf(c.acceptDueAt);
  if (AWAITING_ACCEPT.includes(c.status) && acceptDueAt && c.overdue?.kind !== 'accept') due.push({ kind: 'acceptOverdue', at: acceptDueAt });
  const resolveDueAt = dateOf(c.resolveDueAt);
  if (c.status === 'accepted' && resolveDueAt) {
    if (!c.urgedAt) due.push({ kind: 'urge', at: resolveDueAt });
    if (!c.lateEscalatedAt) due.push({ kind: 'lateEscalation', at: lateEscalationAt(resolveDueAt) });
  }
  if (OPEN_STATUSES.includes(c.status)) {
    c.summons.forEach((summon, index) => {
      if (summon.status === 'summoned' && !summon.lateNoticeAt && summon.dueAt) due.push({ kind: 'summonOverdue', at: new Date(summon.dueAt), index });
    });
  }
  if (c.status === 'resolved' && c.resolvedAt) due.push({ kind: 'autoClose', at: autoCloseAt(new Date(c.resolvedAt)) });
  const followUpDueAt = dateOf(c.followUp?.dueAt);
  if (c.status === 'closed' && c.followUp && !c.followUp.done && followUpDueAt && c.overdue?.kind !== 'followUp') {
    due.push({ kind: 'followUpOverdue', at: followUpDueAt });
  }
  const ripe = due.filter((effect) => effect.at.getTime() <= now.getTime());
  if (ripe.length === 0) return null;
  return ripe.reduce((earliest, effect) => (effect.at.getTime() < earliest.at.getTime() ? effect : earliest));
}

const mark = (kind: OverdueKind, since: Date) => ({ kind, since });

/** One level up (at the street it stays), and whether that takes the case out of its grid. */
function goUp(c: ComplaintDoc): { level: Level; leftGrid: boolean } {
  const level = levelAbove(c.level) ?? c.level;
  return { level, leftGrid: c.leftGrid || level !== 'grid' };
}

type Effected = Omit<ComplaintChange, 'complaint' | 'actorOpenid' | 'actorLabel'>;

/** The write and event of an effect, with who is told (role holders by audience key: nothing is read). */
function changeFor(c: ComplaintDoc, effect: DueEffect, now: Date): Effected {
  switch (effect.kind) {
    case 'acceptOverdue': {
      const up = goUp(c);
      return {
        action: 'complaint.overdue_escalated',
        to: c.status,
        note: '超时未签收，已上报',
        changes: { ...up, overdue: mark('accept', effect.at) },
        recipients: holdersAt(c, up.level),
      };
    }
    case 'urge':
      return {
        action: 'complaint.urged',
        to: c.status,
        note: '已到办结时限，催办',
        changes: { urgedAt: now, overdue: mark('resolve', effect.at) },
        recipients: c.assigneeOpenid ? [c.assigneeOpenid] : holdersAt(c, c.level),
      };
    case 'lateEscalation': {
      const up = goUp(c);
      return {
        action: 'complaint.overdue_escalated',
        to: c.status,
        note: '超过办结时限一个工作日，已上报',
        changes: { ...up, lateEscalatedAt: now, overdue: c.overdue ?? mark('resolve', dateOf(c.resolveDueAt) ?? effect.at) },
        recipients: holdersAt(c, up.level),
      };
    }
    case 'summonOverdue': {
      const late = c.summons[effect.index]!;
      const summons: Summon[] = c.summons.map((summon, index) => (index === effect.index ? { ...summon, lateNoticeAt: now } : summon));
      return {
        action: 'complaint.summon_overdue',
        to: c.status,
        note: `${late.departmentName}未在时限内报到`,
        changes: { summons, overdue: c.overdue ?? mark('report', effect.at) },
        recipients: late.summonedBy ? [late.summonedBy] : [],
      };
    }
    case 'autoClose':
      return {
        action: 'complaint.auto_closed',
        to: COMPLAINT_TRANSITIONS.autoClose.to,
        note: '超过评价期限未评价，自动办结',
        changes: {
          closedAt: now,
          overdue: null,
          followUp: { dueAt: new Date(now.getTime() + FOLLOW_UP_DAYS * DAY_MS), done: false, satisfied: null, note: null, by: null, at: null },
        },
        recipients: [...new Set([...reporterSide(c), ...(c.assigneeOpenid ? [c.assigneeOpenid] : [])])],
      };
    case 'followUpOverdue':
      return {
        action: 'complaint.follow_up_overdue',
        to: c.status,
        note: '已超过回访期限',
        changes: { overdue: mark('followUp', effect.at) },
        recipients: holdersAt(c, 'grid'),
      };
  }
}

/**
 * A case whose `nextCheckAt` has come but that has nothing due (written by hand, or by an older rule): its
 * schedule is written afresh, without an event. False when it was already right.
 */
async function reschedule(c: ComplaintDoc): Promise<boolean> {
  const schedule = scheduleOf(c);
  if ((schedule.nextCheckAt?.getTime() ?? null) === (dateOf(c.nextCheckAt)?.getTime() ?? null)) return false;
  const result = await database()
    .collection(COMPLAINTS)
    .where({ _id: c._id, status: c.status, nextCheckAt: c.nextCheckAt })
    .update({ data: schedule });
  return changedOne(result);
}

/** Applies the earliest due effect of one case; the recomputed `nextCheckAt` brings it back for the next one. */
export async function checkComplaint(c: ComplaintDoc, now: Date): Promise<boolean> {
  const effect = dueEffect(c, now);
  if (!effect) return reschedule(c);
  const change = changeFor(c, effect, now);
  const written = await changeComplaint({
    complaint: c,
    ...change,
    ...SYSTEM,
    guard: { _id: c._id, status: c.status, nextCheckAt: c.nextCheckAt },
  });
  return written !== null;
}

/**
 * Due times judged against the trigger's time: 签收 overdue → up a level; 办结 due → 催办; a working day past
 * 办结 → up a level; a department late to 报到 → the summoning admin told; resolved and unrated for
 * AUTO_CLOSE_DAYS → closed; 回访 late → the grid told. Only cases whose one indexed `nextCheckAt` has come are read.
 */
export async function checkComplaints(run: TimerRun): Promise<Record<string, number>> {
  const _ = database().command;
  const { done, failed, left } = await workThroughDue<ComplaintDoc>(run, {
    collection: COMPLAINTS,
    filter: { nextCheckAt: _.lte(run.now) },
    orderBy: 'nextCheckAt',
    handle: (c) => checkComplaint(c, run.now),
  });
  return { checked: done, failed, left };
}
