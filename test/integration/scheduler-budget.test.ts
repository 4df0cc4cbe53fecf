/**
 * A scheduler run over 10,000 due claims stops within its time budget and answers before the function's
 * timeout; the runs that follow go on where it stopped, each claim returned exactly once.
 */
import type { UserDoc } from '@contract/user';
import type { WishDoc } from '@contract/wish';
import { demoSeed } from '../../emulator/seed';
import { demoOrg, demoUsers } from '../../emulator/seed/demo-world';
import { wishDoc } from '../../emulator/seed/factories';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const DUE = 10_000;
const DAY = 24 * 3600 * 1000;
/** Far below the scheduler's deployed timeout, so that one run cannot finish everything. */
const BUDGET_MS = 2_000;
const RUNS = 3;

function seedWithManyDueClaims() {
  const now = new Date();
  const org = demoOrg();
  const users = demoUsers(org, now);
  const volunteer = users.find((user) => user._id === 'demo-volunteer-2')!;
  const requester = users.find((user) => user._id === 'demo-resident')!;
  const due: WishDoc[] = Array.from({ length: DUE }, (_, index) =>
    wishDoc(org, {
      id: `due-${String(index).padStart(5, '0')}`,
      title: `逾期认领${index}`,
      story: '志愿者认领后一直没有完成',
      category: '助老服务',
      beneficiaryType: '独居老人',
      requester,
      status: 'claimed',
      claimedBy: volunteer,
      claimExpiresAt: new Date(now.getTime() - DAY - index * 1000),
      at: new Date(now.getTime() - 10 * DAY),
    }),
  );
  const seed = demoSeed(now);
  const counted = seed.users!.find((user) => user._id === 'demo-volunteer-2') as unknown as UserDoc;
  counted.activeClaims = DUE;
  return { ...seed, wishes: [...seed.wishes!, ...(due as unknown as Array<Record<string, unknown>>)] };
}

interface RunData {
  expireClaims: { returned: number; left: number };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seedWithManyDueClaims(), functionEnv: { SCHEDULER_BUDGET_MS: String(BUDGET_MS) } });
});
afterAll(async () => {
  await t.stop();
});

test('each run answers within its budget and goes on where the last stopped, every claim returned once', async () => {
  let returned = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const reply = (await t.cloud.fireTimer('scheduler', 'hourly')) as { ok: boolean; data: RunData };
    expect(reply.ok).toBe(true);
    expect(reply.data.expireClaims.returned).toBeGreaterThan(0);
    returned += reply.data.expireClaims.returned;
    expect(reply.data.expireClaims.left).toBe(DUE - returned);
  }
  expect(await t.count('wishes', { status: 'published', _id: /^due-/ })).toBe(returned);
  expect(await t.count('events', { action: 'wish.claim_expired', itemId: /^due-/ })).toBe(returned);
  const [volunteer] = await t.find<UserDoc>('users', { _id: 'demo-volunteer-2' });
  expect(volunteer!.activeClaims).toBe(DUE - returned);
});
