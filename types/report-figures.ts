/**
 * What the workbench's complaint rates mean, as one pure count per case. A month's figures are about the cases
 * received in that month (Asia/Shanghai), as they stand when counted: a case adds its `ComplaintTally` to its
 * grid's row of its month, and a rate is a quotient of two sums, so figures of grids and communities add up.
 */
import type { ComplaintCategory, ComplaintSource, ComplaintStatus, FollowUpTask, Summon } from './complaint';
import { AWAITING_ACCEPT } from './complaint-labels';

export interface ComplaintTally {
  received: number;
  bySource: Partial<Record<ComplaintSource, number>>;
  byCategory: Partial<Record<ComplaintCategory, number>>;
  /** 及时签收率: accepted by the accept due time / accepted, or still waiting past it. */
  acceptedOnTime: number;
  acceptDue: number;
  /** 按时办结率: answered (答复) by the resolve due time / answered, or still in hand past it. */
  resolvedOnTime: number;
  resolveDue: number;
  /** 满意率: the latest verdict (a rating 4–5, or a later 回访 satisfied / basically) / cases with a verdict. */
  satisfied: number;
  withVerdict: number;
  /** 重办率: reopened at least once / answered at least once. */
  reopened: number;
  resolved: number;
  /** 回访率: 回访 done by its due time (15 days after closing) / closed. */
  followedUpInTime: number;
  closed: number;
  /** 网格化解率: closed without ever leaving the grid / closed. */
  closedInGrid: number;
  /** Hours from receipt to 签收 and to 答复, summed over the cases that got there in one round (never reopened). */
  acceptHours: number;
  accepted: number;
  resolveHours: number;
  answered: number;
  /** 吹哨报到: departments summoned, and those that 报到 by their due time / those whose 报到 was due. */
  summoned: number;
  summonsOnTime: number;
  summonsDue: number;
}

/** The fields of a case its tally reads. */
export interface TalliedComplaint {
  category: ComplaintCategory;
  source: ComplaintSource;
  status: ComplaintStatus;
  acceptDueAt: Date | null;
  resolveDueAt: Date | null;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  leftGrid: boolean;
  reopenCount: number;
  rating: { rating: number; at: Date } | null;
  followUp: Pick<FollowUpTask, 'dueAt' | 'done' | 'satisfied' | 'at'> | null;
  summons: ReadonlyArray<Pick<Summon, 'dueAt' | 'acknowledgedAt'>>;
  createdAt: Date;
}

const HOUR_MS = 3600 * 1000;
const SATISFIED_RATING = 4;

/** Statuses a case leaves the count in without being handled: taken back, folded into another, turned away. */
const NOT_HANDLED: readonly ComplaintStatus[] = ['withdrawn', 'merged', 'rejected'];

export function emptyComplaintTally(): ComplaintTally {
  return {
    received: 0, bySource: {}, byCategory: {}, acceptedOnTime: 0, acceptDue: 0, resolvedOnTime: 0, resolveDue: 0,
    satisfied: 0, withVerdict: 0, reopened: 0, resolved: 0, followedUpInTime: 0, closed: 0, closedInGrid: 0,
    acceptHours: 0, accepted: 0, resolveHours: 0, answered: 0, summoned: 0, summonsOnTime: 0, summonsDue: 0,
  };
}

const time = (date: Date | string | null | undefined): number | null => (date ? new Date(date).getTime() : null);
const count = (condition: boolean): number => (condition ? 1 : 0);

/** The latest verdict on a case: its rating, unless a 回访 came later. */
export function latestVerdictSatisfied(complaint: Pick<TalliedComplaint, 'rating' | 'followUp'>): boolean | null {
  const rated = complaint.rating ? { at: time(complaint.rating.at)!, satisfied: complaint.rating.rating >= SATISFIED_RATING } : null;
  const visit = complaint.followUp?.done && complaint.followUp.satisfied && complaint.followUp.at
    ? { at: time(complaint.followUp.at)!, satisfied: complaint.followUp.satisfied !== 'unsatisfied' }
    : null;
  const latest = rated && visit ? (visit.at >= rated.at ? visit : rated) : (visit ?? rated);
  return latest ? latest.satisfied : null;
}

/**
 * A step of the case's latest round, as of `now`: while the case still waits for it, late once its due time has passed
 * (a reopened case keeps its first 签收 and 答复 times, which belong to the round before); otherwise done by its due
 * time, or not.
 */
function onTime(doneAt: number | null, dueAt: number | null, waiting: boolean, now: number): { due: number; onTime: number } {
  if (waiting) return { due: count(dueAt !== null && dueAt < now), onTime: 0 };
  if (doneAt !== null) return { due: 1, onTime: count(dueAt === null || doneAt <= dueAt) };
  return { due: 0, onTime: 0 };
}

/** One case's part in its month's figures, as of `now`. */
export function complaintTally(complaint: TalliedComplaint, now: Date): ComplaintTally {
  const at = now.getTime();
  const created = time(complaint.createdAt)!;
  const acceptedAt = time(complaint.acceptedAt);
  const resolvedAt = time(complaint.resolvedAt);
  const handled = !NOT_HANDLED.includes(complaint.status);
  const accept = onTime(acceptedAt, time(complaint.acceptDueAt), handled && AWAITING_ACCEPT.includes(complaint.status), at);
  const resolve = onTime(resolvedAt, time(complaint.resolveDueAt), handled && complaint.status === 'accepted', at);
  const verdict = latestVerdictSatisfied(complaint);
  const closed = complaint.status === 'closed';
  const followUp = complaint.followUp;
  const summons = complaint.summons.map((summon) => onTime(time(summon.acknowledgedAt), time(summon.dueAt), !summon.acknowledgedAt, at));
  // Hours are measured on cases handled in one round: a re-done case's latest 签收 is not its first.
  const firstRound = complaint.reopenCount === 0;
  return {
    received: 1,
    bySource: { [complaint.source]: 1 },
    byCategory: { [complaint.category]: 1 },
    acceptedOnTime: accept.onTime,
    acceptDue: accept.due,
    resolvedOnTime: resolve.onTime,
    resolveDue: resolve.due,
    satisfied: count(verdict === true),
    withVerdict: count(verdict !== null),
    reopened: count(complaint.reopenCount > 0),
    resolved: count(resolvedAt !== null || complaint.reopenCount > 0),
    followedUpInTime: count(closed && !!followUp?.done && !!followUp.at && time(followUp.at)! <= time(followUp.dueAt)!),
    closed: count(closed),
    closedInGrid: count(closed && !complaint.leftGrid),
    acceptHours: firstRound && acceptedAt !== null ? (acceptedAt - created) / HOUR_MS : 0,
    accepted: count(firstRound && acceptedAt !== null),
    resolveHours: firstRound && resolvedAt !== null ? (resolvedAt - created) / HOUR_MS : 0,
    answered: count(firstRound && resolvedAt !== null),
    summoned: summons.length,
    summonsOnTime: summons.reduce((sum, summon) => sum + summon.onTime, 0),
    summonsDue: summons.reduce((sum, summon) => sum + summon.due, 0),
  };
}

function addCounts<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): Partial<Record<K, number>> {
  const sum: Partial<Record<K, number>> = { ...into };
  for (const [key, value] of Object.entries(from) as Array<[K, number]>) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

/** Two tallies as one (a grid's cases, a community's grids). */
export function addComplaintTallies(a: ComplaintTally, b: ComplaintTally): ComplaintTally {
  const sum = emptyComplaintTally();
  for (const key of Object.keys(sum) as Array<keyof ComplaintTally>) {
    if (key === 'bySource' || key === 'byCategory') continue;
    sum[key] = a[key] + b[key];
  }
  sum.bySource = addCounts(a.bySource, b.bySource);
  sum.byCategory = addCounts(a.byCategory, b.byCategory);
  return sum;
}

export interface ComplaintRates {
  acceptOnTimeRate: number | null;
  resolveOnTimeRate: number | null;
  satisfactionRate: number | null;
  reopenRate: number | null;
  followUpRate: number | null;
  gridResolutionRate: number | null;
  averageAcceptHours: number | null;
  averageResolveHours: number | null;
  summonsOnTimeRate: number | null;
}

/** A quotient, or null when nothing was counted (shown as —, never as 0% or 100%). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function complaintRates(tally: ComplaintTally): ComplaintRates {
  return {
    acceptOnTimeRate: rate(tally.acceptedOnTime, tally.acceptDue),
    resolveOnTimeRate: rate(tally.resolvedOnTime, tally.resolveDue),
    satisfactionRate: rate(tally.satisfied, tally.withVerdict),
    reopenRate: rate(tally.reopened, tally.resolved),
    followUpRate: rate(tally.followedUpInTime, tally.closed),
    gridResolutionRate: rate(tally.closedInGrid, tally.closed),
    averageAcceptHours: rate(tally.acceptHours, tally.accepted),
    averageResolveHours: rate(tally.resolveHours, tally.answered),
    summonsOnTimeRate: rate(tally.summonsOnTime, tally.summonsDue),
  };
}

/** 微心愿 of a month: the wishes filed in it (Asia/Shanghai), as they stand when counted. */
export interface WishTally {
  filed: number;
  filedOwn: number;
  filedOnBehalf: number;
  published: number;
  claimed: number;
  confirmed: number;
  expired: number;
  /** Days from publishing to the beneficiary's confirmation, one entry per confirmed wish (the median needs them all). */
  confirmDays: number[];
  /** Points the confirmations credited volunteers. */
  pointsCredited: number;
  /** The volunteers active in the month — who claimed a wish in it or fulfilled one in it — once each (`activeVolunteer`). */
  volunteers: string[];
}

export interface TalliedWish {
  status: string;
  filedByGridWorker: boolean;
  publishedAt: Date | null;
  claim: { volunteerOpenid: string } | null;
  confirmation: { at: Date } | null;
}

const DAY_MS = 24 * HOUR_MS;
const CLAIMED_WISH_STATUSES = ['claimed', 'fulfilled', 'confirmed'];

export function emptyWishTally(): WishTally {
  return { filed: 0, filedOwn: 0, filedOnBehalf: 0, published: 0, claimed: 0, confirmed: 0, expired: 0, confirmDays: [], pointsCredited: 0, volunteers: [] };
}

/** One wish's part in its month's figures; a confirmation credits `pointsPerConfirmation`. */
export function wishTally(wish: TalliedWish, pointsPerConfirmation: number): WishTally {
  const confirmed = wish.status === 'confirmed';
  const published = time(wish.publishedAt);
  const confirmedAt = time(wish.confirmation?.at);
  const claimed = CLAIMED_WISH_STATUSES.includes(wish.status);
  return {
    filed: 1,
    filedOwn: count(!wish.filedByGridWorker),
    filedOnBehalf: count(wish.filedByGridWorker),
    published: count(published !== null),
    claimed: count(claimed),
    confirmed: count(confirmed),
    expired: count(wish.status === 'expired'),
    confirmDays: confirmed && published !== null && confirmedAt !== null ? [Math.round(((confirmedAt - published) / DAY_MS) * 100) / 100] : [],
    pointsCredited: confirmed ? pointsPerConfirmation : 0,
    volunteers: [],
  };
}

export interface VolunteeredWish {
  claim: { volunteerOpenid: string; claimedAt: Date } | null;
  fulfilment: { at: Date } | null;
}

/**
 * The volunteer a wish shows active in `month`: its claim was made in it, or its fulfilment done in it. A claim given
 * back or expired is cleared from the wish, so only claims still held or carried out count.
 */
export function activeVolunteer(wish: VolunteeredWish, month: string, monthOf: (date: Date) => string): string | null {
  if (!wish.claim) return null;
  const claimedIn = monthOf(new Date(wish.claim.claimedAt)) === month;
  const fulfilledIn = !!wish.fulfilment && monthOf(new Date(wish.fulfilment.at)) === month;
  return claimedIn || fulfilledIn ? wish.claim.volunteerOpenid : null;
}

export function addWishTallies(a: WishTally, b: WishTally): WishTally {
  return {
    filed: a.filed + b.filed,
    filedOwn: a.filedOwn + b.filedOwn,
    filedOnBehalf: a.filedOnBehalf + b.filedOnBehalf,
    published: a.published + b.published,
    claimed: a.claimed + b.claimed,
    confirmed: a.confirmed + b.confirmed,
    expired: a.expired + b.expired,
    confirmDays: [...a.confirmDays, ...b.confirmDays],
    pointsCredited: a.pointsCredited + b.pointsCredited,
    volunteers: [...new Set([...a.volunteers, ...b.volunteers])],
  };
}

/** The middle value (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** 议事 of a month: topics proposed in it, and meetings held in it (by their start time). */
export interface MeetingTally {
  proposed: number;
  reachedThreshold: number;
  held: number;
  /** Seats taken at the meetings held (registrations up to the capacity), and those who checked in. */
  registered: number;
  attended: number;
  /** 居民评议 of the meetings held: 满意 and 基本满意, of all ratings. */
  evaluationsSatisfied: number;
  evaluations: number;
}

export interface TalliedMeeting {
  status: string;
  proposedAt: Date;
  thresholdReachedAt: Date | null;
  meeting: { startsAt: Date; capacity: number } | null;
  registrations: readonly unknown[];
  checkIns: readonly string[];
  evaluationCounts: Partial<Record<'satisfied' | 'basically' | 'unsatisfied', number>>;
}

/** Statuses of a topic whose meeting took place. */
const HELD_STATUSES = ['held', 'implementing', 'evaluating', 'closed'];

export function emptyMeetingTally(): MeetingTally {
  return { proposed: 0, reachedThreshold: 0, held: 0, registered: 0, attended: 0, evaluationsSatisfied: 0, evaluations: 0 };
}

/** One topic's part in `month`'s figures: `monthOf` says which month an instant falls in. */
export function meetingTally(topic: TalliedMeeting, month: string, monthOf: (date: Date) => string): MeetingTally {
  const tally = emptyMeetingTally();
  if (monthOf(new Date(topic.proposedAt)) === month) {
    tally.proposed = 1;
    tally.reachedThreshold = count(topic.thresholdReachedAt !== null);
  }
  const plan = topic.meeting;
  if (plan && HELD_STATUSES.includes(topic.status) && monthOf(new Date(plan.startsAt)) === month) {
    const counts = topic.evaluationCounts;
    tally.held = 1;
    tally.registered = Math.min(topic.registrations.length, plan.capacity);
    tally.attended = topic.checkIns.length;
    tally.evaluationsSatisfied = (counts.satisfied ?? 0) + (counts.basically ?? 0);
    tally.evaluations = tally.evaluationsSatisfied + (counts.unsatisfied ?? 0);
  }
  return tally;
}

export function addMeetingTallies(a: MeetingTally, b: MeetingTally): MeetingTally {
  const sum = emptyMeetingTally();
  for (const key of Object.keys(sum) as Array<keyof MeetingTally>) sum[key] = a[key] + b[key];
  return sum;
}
