import type { Reply } from '../../types/reply';
import { AppError } from './errors';
import type { CloudEvent } from './action';
import { refuse } from './action';
import { callerOpenid } from './runtime';

export type TimerJob = (now: Date) => Promise<Record<string, number>>;

/**
 * `main` for a function run by its timed trigger: every job runs in turn, each isolated from the others'
 * failures. A user-originated call (one with an OPENID) is refused.
 */
export function createTimerHandler(jobs: Record<string, TimerJob>) {
  return async function main(event: CloudEvent): Promise<Reply<Record<string, Record<string, number> | { failed: string }>>> {
    if (callerOpenid()) return refuse(new AppError('FORBIDDEN'));
    if (event?.Type !== 'Timer') return refuse(new AppError('UNKNOWN_ACTION'));
    const now = new Date();
    const results: Record<string, Record<string, number> | { failed: string }> = {};
    for (const [name, job] of Object.entries(jobs)) {
      try {
        results[name] = await job(now);
      } catch (error) {
        console.error(`[timer] ${name} failed`, error);
        results[name] = { failed: error instanceof Error ? error.message : String(error) };
      }
    }
    return { ok: true, data: results };
  };
}
