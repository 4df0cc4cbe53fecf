import { codes } from './reply-codes';
import type { UserDoc } from '@contract/user';
import { demoSeed } from '../../emulator/seed';
import { demoOrg } from '../../emulator/seed/demo-world';
import { approvedVolunteer, placementOf, userDoc } from '../../emulator/seed/factories';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { publishedWish } from './wish-helpers';

const VOLUNTEERS = 50;
/** Instances per function: as on a busy cloud, many calls really run at once. */
const PARALLEL = 12;

/** Volunteers kept out of the 50-way race, so what they already hold is known. */
const SOLO = ['solo-volunteer-1', 'solo-volunteer-2', 'solo-volunteer-3'];

/** The demo world plus fifty (and three more) approved volunteers of 鑫盛社区. */
function seedWithVolunteers() {
  const seed = demoSeed();
  const org = demoOrg();
  const now = new Date();
  const openids = [...Array.from({ length: VOLUNTEERS }, (_, index) => `crowd-volunteer-${index}`), ...SOLO];
  const volunteers = openids.map((openid, index) =>
    userDoc(
      {
        openid,
        name: `志愿者${index}`,
        placement: placementOf(org, `xinsheng-b${String((index % 20) + 1).padStart(2, '0')}`),
        roles: ['resident', 'volunteer'],
        volunteer: approvedVolunteer('党员志愿者', now),
      },
      now,
    ),
  );
  return { ...seed, users: [...seed.users!, ...(volunteers as unknown as Array<Record<string, unknown>>)] };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seedWithVolunteers(), functionEnv: { WISH_CLAIM_LIMIT: '3' }, instancesPerFunction: PARALLEL });
  await t.warm('wishes', 'mine', PARALLEL);
});
afterAll(async () => {
  await t.stop();
});

test('50 simultaneous claims by 50 volunteers: exactly one wins, the rest hear WISH_ALREADY_CLAIMED', async () => {
  const wish = await publishedWish(t);
  const replies = await Promise.all(
    Array.from({ length: VOLUNTEERS }, (_, index) => t.call(`crowd-volunteer-${index}`, 'wishes', 'claim', { id: wish.id })),
  );
  expect(codes(replies)).toEqual({ ok: 1, WISH_ALREADY_CLAIMED: VOLUNTEERS - 1 });

  const winner = replies.findIndex((reply) => reply.ok);
  const [stored] = await t.find<{ status: string; claim: { volunteerOpenid: string } }>('wishes', { _id: wish.id });
  expect(stored).toMatchObject({ status: 'claimed', claim: { volunteerOpenid: `crowd-volunteer-${winner}` } });
  expect(await t.find('events', { itemId: wish.id, action: 'wish.claimed' })).toHaveLength(1);
  // Every loser's slot was given back: only the winner holds one.
  const crowd = (await t.find<UserDoc>('users', { 'volunteer.intro': '党员志愿者' })).filter((user) => !SOLO.includes(user._id));
  expect(crowd.filter((user) => user.activeClaims !== 0).map((user) => user._id)).toEqual([`crowd-volunteer-${winner}`]);
});

test('the claim limit: the fourth active claim is refused, and frees up when one is fulfilled', async () => {
  const volunteer = SOLO[0]!;
  const wishes = await Promise.all([1, 2, 3, 4].map(() => publishedWish(t)));
  for (const wish of wishes.slice(0, 3)) await t.ok(volunteer, 'wishes', 'claim', { id: wish.id });
  const fourth = await t.call(volunteer, 'wishes', 'claim', { id: wishes[3]!.id });
  expect(fourth).toMatchObject({ ok: false, error: { code: 'CLAIM_LIMIT_REACHED' } });
  expect((await t.find<{ status: string }>('wishes', { _id: wishes[3]!.id }))[0]!.status).toBe('published');

  await t.ok(volunteer, 'wishes', 'fulfil', { id: wishes[0]!.id, note: '已完成' });
  await t.ok(volunteer, 'wishes', 'claim', { id: wishes[3]!.id });
});

test('one volunteer claiming many wishes at once never exceeds the limit', async () => {
  const volunteer = SOLO[1]!;
  const wishes = await Promise.all(Array.from({ length: 6 }, () => publishedWish(t)));
  const replies = await Promise.all(wishes.map((wish) => t.call(volunteer, 'wishes', 'claim', { id: wish.id })));
  expect(codes(replies)).toEqual({ ok: 3, CLAIM_LIMIT_REACHED: 3 });
  const [user] = await t.find<UserDoc>('users', { _id: volunteer });
  expect(user!.activeClaims).toBe(3);
});

test('confirm sent three times at once credits the points exactly once, and the losers hear a clear code', async () => {
  const volunteer = SOLO[2]!;
  const wish = await publishedWish(t);
  await t.ok(volunteer, 'wishes', 'claim', { id: wish.id });
  await t.ok(volunteer, 'wishes', 'fulfil', { id: wish.id, note: '东西已送到' });
  const [before] = await t.find<UserDoc>('users', { _id: volunteer });

  const replies = await Promise.all([1, 2, 3].map(() => t.call('demo-resident', 'wishes', 'confirm', { id: wish.id })));
  // The losers fail at once on the winner's lock: told it is already confirmed once the winner has
  // committed, or to try again while that is not yet known — never INTERNAL.
  const counted = codes(replies);
  expect(counted.ok).toBe(1);
  expect((counted.INVALID_STATE ?? 0) + (counted.BUSY ?? 0)).toBe(2);

  const [after] = await t.find<UserDoc>('users', { _id: volunteer });
  expect(after!.points - before!.points).toBe(10);
  const credits = await t.find<{ points: unknown }>('events', { itemId: wish.id, action: 'wish.confirmed' });
  expect(credits).toEqual([expect.objectContaining({ points: { openid: volunteer, delta: 10 } })]);
});
