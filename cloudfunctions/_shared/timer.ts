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

/** Milliseconds a run may spend: below the function's deployed timeout, with room to reply. */
const DEFAULT_BUDGET_MS = 45_000;
/** A job still busy this long after the deadline is left behind so that the run can reply. */
const GRACE_MS = 3_000;

function budgetMs(): number {
  const value = Number.parseInt(process.env.SCHEDULER_BUDGET_MS ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_BUDGET_MS;
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
  return async function main(event: CloudEvent): Promise<Reply<Record<string, JobOutcome>>> {
    if (callerOpenid()) return refuse(new AppError('FORBIDDEN'));
    if (event?.Type !== 'Timer') return refuse(new AppError('UNKNOWN_ACTION'));
    const run: TimerRun = { now: triggerTime(event), deadline: Date.now() + budgetMs() };
    const outcomes = await Promise.all(lanes.map((lane) => runLane(lane, run)));
    return { ok: true, data: Object.fromEntries(outcomes.flat()) };
  };
}

/** Whether a job may start another piece of work. */
export function hasTime(run: TimerRun): boolean {
  return Date.now() < run.deadline;
}
