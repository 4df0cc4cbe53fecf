/** The scheduler's lanes run side by side: a job that fails or hangs starves none of the others. */
import { createTimerHandler, hasTime } from '../../cloudfunctions/_shared/timer';
import type { TimerRun } from '../../cloudfunctions/_shared/timer';

const TIME = '2026-12-01T16:00:00Z';

beforeAll(() => {
  process.env.SCHEDULER_BUDGET_MS = '200';
  delete process.env.WX_OPENID;
});
afterAll(() => {
  delete process.env.SCHEDULER_BUDGET_MS;
});

test('a failing job, a job that never ends and a healthy one: each lane answers for itself, as of the trigger time', async () => {
  const seen: Date[] = [];
  const main = createTimerHandler([
    {
      failing: async () => {
        throw new Error('database unavailable');
      },
    },
    { hanging: () => new Promise<Record<string, number>>(() => undefined) },
    {
      healthy: async (run: TimerRun) => {
        seen.push(run.now);
        // Had it waited behind the hanging job, its run's time would be gone.
        return { done: hasTime(run) ? 1 : 0 };
      },
      afterHealthy: async () => ({ done: 2 }),
    },
  ]);
  const reply = await main({ Type: 'Timer', TriggerName: 'hourly', Time: TIME });
  expect(reply).toEqual({
    ok: true,
    data: { failing: { failed: 'database unavailable' }, hanging: { stopped: 'deadline' }, healthy: { done: 1 }, afterHealthy: { done: 2 } },
  });
  expect(seen).toEqual([new Date(TIME)]);
});

test('a call that is not a timer is refused', async () => {
  const main = createTimerHandler([{ job: async () => ({ done: 1 }) }]);
  expect(await main({ action: 'run' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
});
