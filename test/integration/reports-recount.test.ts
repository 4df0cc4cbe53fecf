/**
 * The figures lane under a budget too small for its work: every run counts at least one month, keeps what it had
 * no time for in its mark, and the runs that follow count that first — so every month of the items is counted.
 */
import type { FiguresDoc } from '@contract/report';
import { monthOf } from '@contract/report-month';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

let t: TestCloud;

beforeAll(async () => {
  t = await startTestCloud({ functionEnv: { SCHEDULER_BUDGET_MS: '1' } });
});

afterAll(() => t.stop());

type RunAnswer = { ok: boolean; data: { recountFigures: { counted: number; left: number } } };

const fire = async () => ((await t.cloud.fireTimer('scheduler', undefined, new Date())) as RunAnswer).data.recountFigures;

test('a backlog larger than one run is worked through by the runs that follow, oldest first', async () => {
  const items = [
    ...(await t.find<{ communityId: string | null; createdAt: Date }>('complaints')),
    ...(await t.find<{ communityId: string | null; createdAt: Date }>('wishes')),
  ];
  const months = new Set(items.filter((item) => item.communityId).map((item) => `${item.communityId}:${monthOf(item.createdAt)}`));
  expect(months.size).toBeGreaterThan(2);

  const first = await fire();
  expect(first).toEqual({ counted: 1, left: expect.any(Number) });
  expect(first.left).toBeGreaterThanOrEqual(months.size - 1);
  const [mark] = await t.find<{ pending: string[] }>('report_marks');
  expect(mark!.pending).toHaveLength(first.left);

  let left = first.left;
  for (let run = 0; run < first.left; run += 1) {
    const answer = await fire();
    expect(answer.counted).toBe(1);
    // What is left never grows past the backlog: a month counted is not asked for again until it changes.
    expect(answer.left).toBeLessThanOrEqual(left);
    left = answer.left;
  }
  const stored = new Set((await t.find<FiguresDoc>('report_figures')).map((doc) => doc._id));
  expect([...months].filter((month) => !stored.has(month))).toEqual([]);
});
