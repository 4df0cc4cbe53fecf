import type { Reply } from '../../types/reply';
import { AppError } from './errors';
import type { CloudEvent } from './action';
import { refuse } from './action';
import { callerOpenid } from './runtime';

/** What one job of a timed run knows: the trigger's time, and when it must have stopped starting work. */
export interface TimerRun {
  now: Date;
  deadline: number;
}

export type TimerJob = (run: TimerRun) => Promise<Record<string, number>>;

export type JobOutcome = Record<string, number> | { failed: string } | { stopped: 'deadline' };

/** What the runtime tells a function about its invocation (SCF's context). */
export interface InvocationContext {
  time_limit_in_ms?: unknown;
}

/** Room kept between a run's deadline and the function's timeout, to stop work and reply. */
const REPLY_MARGIN_MS = 15_000;
/** When the runtime does not say its limit: CloudBase's default timeout. */
const DEFAULT_LIMIT_MS = 3_000;
const SHORTEST_BUDGET_MS = 1_000;
/** A job still busy this long after the deadline is left behind so that the run can reply. */
const GRACE_MS = 3_000;

/**
 * Milliseconds a run may spend: SCHEDULER_BUDGET_MS when set, else the function's own time limit less a
 * margin, so the budget follows whatever timeout the deployment gives the function.
 */
function budgetMs(context: InvocationContext | undefined): number {
  const configured = Number.parseInt(process.env.SCHEDULER_BUDGET_MS ?? '', 10);
  if (Number.isFinite(configured) && configured > 0) return configured;
  const limit = typeof context?.time_limit_in_ms === 'number' && context.time_limit_in_ms > 0 ? context.time_limit_in_ms : DEFAULT_LIMIT_MS;
  // A short limit keeps half of itself for stopping and replying.
  const budget = limit > 2 * REPLY_MARGIN_MS ? limit - REPLY_MARGIN_MS : limit / 2;
  return Math.max(SHORTEST_BUDGET_MS, budget);
}

/** The trigger's own time (`Time` in the timer event), so that a check can run "as of" a given moment. */
function triggerTime(event: CloudEvent): Date {
  const time = typeof event.Time === 'string' ? new Date(event.Time) : null;
  return time && Number.isFinite(time.getTime()) ? time : new Date();
}

function stopAt(deadline: number): Promise<{ stopped: 'deadline' }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ stopped: 'deadline' }), Math.max(0, deadline - Date.now()) + GRACE_MS);
    timer.unref();
  });
}

async function runJob(name: string, job: TimerJob, run: TimerRun): Promise<JobOutcome> {
  try {
    return await Promise.race([job(run), stopAt(run.deadline)]);
  } catch (error) {
    console.error(`[timer] ${name} failed`, error);
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

/** Jobs that run one after another, in order: a later one relies on what an earlier one settled. */
export type TimerLane = Record<string, TimerJob>;

async function runLane(lane: TimerLane, run: TimerRun): Promise<Array<readonly [string, JobOutcome]>> {
  const outcomes: Array<readonly [string, JobOutcome]> = [];
  for (const [name, job] of Object.entries(lane)) outcomes.push([name, await runJob(name, job, run)] as const);
  return outcomes;
}

/**
 * `main` for a function run by its timed trigger. The lanes run side by side, every job bounded by the same
 * deadline and isolated from the others' failures, so a slow or failing job starves none of the other
 * lanes; what a run leaves undone, the next one takes up. A user-originated call (one with an OPENID) is
 * refused.
 */
export function createTimerHandler(lanes: TimerLane[]) {
  return async function main(event: CloudEvent, context?: InvocationContext): Promise<Reply<Record<string, JobOutcome>>> {
    if (callerOpenid()) return refuse(new AppError('FORBIDDEN'));
    if (event?.Type !== 'Timer') return refuse(new AppError('UNKNOWN_ACTION'));
    const run: TimerRun = { now: triggerTime(event), deadline: Date.now() + budgetMs(context) };
    const outcomes = await Promise.all(lanes.map((lane) => runLane(lane, run)));
    return { ok: true, data: Object.fromEntries(outcomes.flat()) };
  };
}

/** Whether a job may start another piece of work. */
export function hasTime(run: TimerRun): boolean {
  return Date.now() < run.deadline;
}
