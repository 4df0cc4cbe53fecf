import type { InboxPage } from '@contract/event';
import type { MyProfile } from '@contract/user';
import type { MyWishes, WishDetail, WishPage } from '@contract/wish';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { claimedWish, publishedWish, wishInput } from './wish-helpers';

const W = 'wishes';
const WATCHED = ['wishes', 'events', 'users'];

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.stop();
});

async function refusedWithoutChange(openid: string, action: string, input: Record<string, unknown>, code: string) {
  const before = await t.snapshot(WATCHED);
  const reply = await t.call(openid, W, action, input);
  expect(reply).toMatchObject({ ok: false, error: { code } });
  expect(await t.snapshot(WATCHED)).toEqual(before);
}

describe('create', () => {
  test('a resident files a wish: it waits for review, with an event', async () => {
    const wish = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput());
    expect(wish).toMatchObject({ status: 'pending_review', beneficiaryMasked: '王**', mine: true, gridName: '第一网格' });
    expect(wish.actions).toEqual(['withdraw']);
    const [created] = await t.find<{ action: string; actorOpenid: string }>('events', { itemId: wish.id, action: 'wish.created' });
    expect(created).toMatchObject({ actorOpenid: 'demo-resident' });
  });

  test('a retried call with the same clientRequestId returns the same wish, never a second one', async () => {
    const input = wishInput();
    const first = await t.ok<WishDetail>('demo-resident', W, 'create', input);
    const again = await t.ok<WishDetail>('demo-resident', W, 'create', input);
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => t.ok<WishDetail>('demo-resident', W, 'create', input)));
    expect(new Set([first.id, again.id, ...concurrent.map((wish) => wish.id)]).size).toBe(1);
    expect(await t.find('wishes', { clientRequestId: input.clientRequestId })).toHaveLength(1);
    expect(await t.find('events', { itemId: first.id, action: 'wish.created' })).toHaveLength(1);
  });

  test('the same clientRequestId from another user is another wish', async () => {
    const input = wishInput();
    const mine = await t.ok<WishDetail>('demo-resident', W, 'create', input);
    const theirs = await t.ok<WishDetail>('demo-resident-2', W, 'create', input);
    expect(mine.id).not.toBe(theirs.id);
  });

  test('text that fails the content check is refused and nothing is stored', async () => {
    await refusedWithoutChange('demo-resident', 'create', wishInput({ story: '这里有违禁词测试的内容' }), 'CONTENT_REJECTED');
  });

  test('a wanted-by date in the past is refused', async () => {
    await refusedWithoutChange('demo-resident', 'create', wishInput({ wantedBy: '2020-01-01' }), 'INVALID_INPUT');
  });

  test('a grid worker files for a resident of their grid; the beneficiary stays private', async () => {
    const wish = await t.ok<WishDetail>(
      'demo-gridworker',
      W,
      'create',
      wishInput({ onBehalfOf: { name: '孙桂英', phone: '13700000099', buildingId: 'xinsheng-b02', room: '1单元101' } }),
    );
    expect(wish).toMatchObject({ filedByGridWorker: true, beneficiaryMasked: '孙**', buildingName: '鑫盛小区2号楼' });
    expect(wish.beneficiary).toMatchObject({ name: '孙桂英', phone: '13700000099', room: '1单元101', openid: null });
  });

  test('a building leader files for a resident of their grid too', async () => {
    const wish = await t.ok<WishDetail>('demo-building-leader', W, 'create', wishInput({ onBehalfOf: { name: '钱奶奶', buildingId: 'xinsheng-b01' } }));
    expect(wish).toMatchObject({ filedByGridWorker: true, gridName: '第一网格' });
  });

  test('an admin cannot approve a wish they filed themselves', async () => {
    const own = await t.ok<WishDetail>('demo-admin', W, 'create', wishInput());
    await refusedWithoutChange('demo-admin', 'review', { id: own.id, approve: true }, 'FORBIDDEN');
  });

  test('not for a resident of another grid, and not by a resident', async () => {
    await refusedWithoutChange('demo-gridworker', 'create', wishInput({ onBehalfOf: { name: '某某', buildingId: 'xinsheng-b09' } }), 'FORBIDDEN');
    await refusedWithoutChange('demo-resident', 'create', wishInput({ onBehalfOf: { name: '某某', buildingId: 'xinsheng-b01' } }), 'FORBIDDEN');
  });

  test('someone who never registered, or has no building yet, cannot file', async () => {
    await refusedWithoutChange('stranger', 'create', wishInput(), 'NOT_REGISTERED');
    await t.ok('half-registered', 'users', 'login');
    await t.ok('half-registered', 'users', 'updateProfile', { name: '新居民', communityId: 'xinsheng' });
    await refusedWithoutChange('half-registered', 'create', wishInput(), 'PROFILE_INCOMPLETE');
  });
});

describe('review', () => {
  test('the admin publishes; the requester is told in the inbox and by subscription message', async () => {
    const wish = await t.ok<WishDetail>('demo-resident-2', W, 'create', wishInput({ title: '想要一个暖水袋' }));
    const sentBefore = t.cloud.subscribeMessages().length;
    const published = await t.ok<WishDetail>('demo-admin', W, 'review', { id: wish.id, approve: true });
    expect(published.status).toBe('published');
    const inbox = await t.ok<InboxPage>('demo-resident-2', 'inbox', 'list');
    expect(inbox.items[0]).toMatchObject({ itemId: wish.id, action: 'wish.published', unread: true, itemTitle: '想要一个暖水袋' });
    expect(inbox.unreadCount).toBeGreaterThanOrEqual(1);
    const sent = t.cloud.subscribeMessages().slice(sentBefore);
    expect(sent.map((message) => message.touser)).toEqual(['demo-resident-2']);
    await t.ok('demo-resident-2', 'inbox', 'markRead');
    expect(await t.ok('demo-resident-2', 'inbox', 'unreadCount')).toEqual({ unreadCount: 0 });
  });

  test('a rejection needs a reason, which the requester then sees', async () => {
    const wish = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput());
    await refusedWithoutChange('demo-admin', 'review', { id: wish.id, approve: false }, 'INVALID_INPUT');
    await t.ok('demo-admin', W, 'review', { id: wish.id, approve: false, reason: '请联系社区线下办理' });
    const seen = await t.ok<WishDetail>('demo-resident', W, 'get', { id: wish.id });
    expect(seen).toMatchObject({ status: 'rejected', rejectReason: '请联系社区线下办理' });
  });

  test('only an admin of the community; twice is refused', async () => {
    const wish = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput());
    await refusedWithoutChange('demo-admin-2', 'review', { id: wish.id, approve: true }, 'NOT_FOUND');
    await refusedWithoutChange('demo-resident', 'review', { id: wish.id, approve: true }, 'FORBIDDEN');
    await refusedWithoutChange('demo-gridworker', 'review', { id: wish.id, approve: true }, 'FORBIDDEN');
    await t.ok('demo-admin', W, 'review', { id: wish.id, approve: true });
    await refusedWithoutChange('demo-admin', 'review', { id: wish.id, approve: false, reason: '改主意' }, 'INVALID_STATE');
  });

  test('an unknown wish is NOT_FOUND', async () => {
    await refusedWithoutChange('demo-admin', 'review', { id: 'no-such-wish', approve: true }, 'NOT_FOUND');
  });
});

describe('list (the wish wall)', () => {
  test('published and claimed wishes of the caller community, masked, no phone, no room', async () => {
    const page = await t.ok<WishPage>('demo-resident-2', W, 'list');
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((card) => ['published', 'claimed'].includes(card.status))).toBe(true);
    const ids = page.items.map((card) => card.id);
    expect(ids).toContain('demo-wish-hospital');
    expect(ids).toContain('demo-wish-cooking');
    expect(ids).not.toContain('demo-wish-coat');
    expect(ids).not.toContain('demo-wish-glasses');
    const hospital = page.items.find((card) => card.id === 'demo-wish-hospital')!;
    expect(hospital).toMatchObject({ beneficiaryMasked: '徐**', beneficiaryType: '独居老人', claimed: false });
    expect(page.items.find((card) => card.id === 'demo-wish-cooking')).toMatchObject({ claimed: true });
    const text = JSON.stringify(page);
    for (const secret of ['徐德明', '13700000011', '1单元102', '米桂芳', 'requesterOpenid', 'beneficiary"']) expect(text).not.toContain(secret);
  });

  test('filters by category, beneficiary type and grid', async () => {
    const byCategory = await t.ok<WishPage>('demo-resident', W, 'list', { category: '助学' });
    expect(byCategory.items.map((card) => card.id)).toEqual(['demo-wish-schoolbag']);
    const byType = await t.ok<WishPage>('demo-resident', W, 'list', { beneficiaryType: '独居老人' });
    expect(byType.items.every((card) => card.beneficiaryType === '独居老人')).toBe(true);
    const byGrid = await t.ok<WishPage>('demo-resident', W, 'list', { gridId: 'xinsheng-g1' });
    expect(byGrid.items.length).toBeGreaterThan(0);
    expect(byGrid.items.every((card) => card.gridId === 'xinsheng-g1')).toBe(true);
  });

  test('the other community sees only its own wall', async () => {
    const page = await t.ok<WishPage>('demo-admin-2', W, 'list');
    expect(page.items.map((card) => card.id)).toEqual(['demo-wish-glasses']);
  });
});

describe('get', () => {
  test('residents see the story and timeline, masked; the filing grid worker and admin see the contact', async () => {
    const asNeighbour = await t.ok<WishDetail>('demo-resident-2', W, 'get', { id: 'demo-wish-hospital' });
    expect(asNeighbour).toMatchObject({ beneficiary: null, beneficiaryMasked: '徐**', actions: [] });
    expect(asNeighbour.timeline.map((entry) => entry.action)).toEqual(['wish.created', 'wish.published']);
    expect(JSON.stringify(asNeighbour)).not.toContain('13700000011');
    for (const staff of ['demo-gridworker', 'demo-admin']) {
      const seen = await t.ok<WishDetail>(staff, W, 'get', { id: 'demo-wish-hospital' });
      expect(seen.beneficiary).toMatchObject({ name: '徐德明', phone: '13700000011', room: '1单元102' });
    }
  });

  test('a volunteer sees the contact only while holding the claim', async () => {
    const before = await t.ok<WishDetail>('demo-volunteer', W, 'get', { id: 'demo-wish-hospital' });
    expect(before.beneficiary).toBeNull();
    expect(before.actions).toEqual(['claim']);
    const holding = await t.ok<WishDetail>('demo-volunteer', W, 'get', { id: 'demo-wish-cooking' });
    expect(holding).toMatchObject({ holdingClaim: true, beneficiary: { name: '米桂芳', phone: '13700000012' } });
    expect(holding.actions.sort()).toEqual(['cancelClaim', 'fulfil']);
    const other = await t.ok<WishDetail>('demo-volunteer-2', W, 'get', { id: 'demo-wish-cooking' });
    expect(other).toMatchObject({ beneficiary: null, claimVolunteerName: '赵**' });
  });

  test('an admin of the other community cannot see it at all', async () => {
    await refusedWithoutChange('demo-admin-2', 'get', { id: 'demo-wish-hospital' }, 'NOT_FOUND');
  });

  test('a wish under review is not visible to neighbours', async () => {
    await refusedWithoutChange('demo-resident', 'get', { id: 'demo-wish-coat' }, 'NOT_FOUND');
    const own = await t.ok<WishDetail>('demo-resident-2', W, 'get', { id: 'demo-wish-coat' });
    expect(own.beneficiary).toMatchObject({ name: '李建国' });
  });
});

describe('claim, cancel, fulfil, confirm', () => {
  test('the whole path credits the volunteer 10 points, once', async () => {
    const wish = await publishedWish(t);
    const before = await t.ok<MyProfile>('demo-volunteer-2', 'users', 'me');
    await t.ok('demo-volunteer-2', W, 'claim', { id: wish.id });
    const mine = await t.ok<MyWishes>('demo-volunteer-2', W, 'mine');
    expect(mine.claims.map((card) => card.id)).toContain(wish.id);
    await t.ok('demo-volunteer-2', W, 'fulfil', { id: wish.id, note: '灯泡已换好' });
    const fulfilled = await t.ok<WishDetail>('demo-resident', W, 'get', { id: wish.id });
    expect(fulfilled).toMatchObject({ status: 'fulfilled', fulfilment: { note: '灯泡已换好' }, actions: ['confirm'] });
    const confirmed = await t.ok<{ pointsCredited: number }>('demo-resident', W, 'confirm', { id: wish.id, thanks: '谢谢小孙' });
    expect(confirmed.pointsCredited).toBe(10);
    const after = await t.ok<MyProfile>('demo-volunteer-2', 'users', 'me');
    expect(after.points - before.points).toBe(10);
    const credits = await t.find<{ _id: string; points: unknown }>('events', { itemId: wish.id, action: 'wish.confirmed' });
    expect(credits).toEqual([expect.objectContaining({ _id: `wish.confirmed:${wish.id}`, points: { openid: 'demo-volunteer-2', delta: 10 } })]);
    await refusedWithoutChange('demo-resident', 'confirm', { id: wish.id }, 'INVALID_STATE');
    const timeline = (await t.ok<WishDetail>('demo-resident', W, 'get', { id: wish.id })).timeline.map((entry) => entry.to);
    expect(timeline).toEqual(['pending_review', 'published', 'claimed', 'fulfilled', 'confirmed']);
    const inbox = await t.ok<InboxPage>('demo-volunteer-2', 'inbox', 'list');
    expect(inbox.items.some((item) => item.itemId === wish.id && item.action === 'wish.confirmed')).toBe(true);
  });

  test('only approved volunteers of the community, and not twice', async () => {
    const wish = await publishedWish(t);
    await refusedWithoutChange('demo-resident-2', 'claim', { id: wish.id }, 'NOT_VOLUNTEER');
    await refusedWithoutChange('demo-admin-2', 'claim', { id: wish.id }, 'NOT_FOUND');
    await refusedWithoutChange('demo-resident', 'claim', { id: wish.id }, 'FORBIDDEN');
    await t.ok('demo-volunteer-2', W, 'claim', { id: wish.id });
    await refusedWithoutChange('demo-volunteer', 'claim', { id: wish.id }, 'WISH_ALREADY_CLAIMED');
    await refusedWithoutChange('demo-volunteer-2', 'claim', { id: wish.id }, 'WISH_ALREADY_CLAIMED');
  });

  test('a wish off the wall cannot be claimed, and the volunteer\'s slots are not touched', async () => {
    // Under review: volunteers cannot even see it.
    await refusedWithoutChange('demo-volunteer', 'claim', { id: 'demo-wish-coat' }, 'NOT_FOUND');
    // Already confirmed: visible, taken.
    await refusedWithoutChange('demo-volunteer', 'claim', { id: 'demo-wish-chess' }, 'WISH_ALREADY_CLAIMED');
  });

  test('only the holder may cancel or fulfil; cancelling frees the slot and republishes', async () => {
    const wish = await claimedWish(t, 'demo-volunteer-2');
    await refusedWithoutChange('demo-volunteer', 'cancelClaim', { id: wish.id }, 'FORBIDDEN');
    await refusedWithoutChange('demo-volunteer', 'fulfil', { id: wish.id, note: '做完了' }, 'FORBIDDEN');
    await refusedWithoutChange('demo-resident', 'confirm', { id: wish.id }, 'INVALID_STATE');
    const [holder] = await t.find<{ activeClaims: number }>('users', { _id: 'demo-volunteer-2' });
    await t.ok('demo-volunteer-2', W, 'cancelClaim', { id: wish.id });
    const [after] = await t.find<{ activeClaims: number }>('users', { _id: 'demo-volunteer-2' });
    expect(after!.activeClaims).toBe(holder!.activeClaims - 1);
    expect((await t.ok<WishDetail>('demo-volunteer', W, 'get', { id: wish.id })).status).toBe('published');
  });

  test('fulfilment notes pass the content check', async () => {
    const wish = await claimedWish(t, 'demo-volunteer-2');
    await refusedWithoutChange('demo-volunteer-2', 'fulfil', { id: wish.id, note: '违禁词测试' }, 'CONTENT_REJECTED');
    await refusedWithoutChange('demo-volunteer-2', 'fulfil', { id: wish.id }, 'INVALID_INPUT');
  });

  test('the grid worker who filed confirms for a beneficiary without the app', async () => {
    const filed = await t.ok<WishDetail>('demo-gridworker', W, 'create', wishInput({ onBehalfOf: { name: '周大爷', buildingId: 'xinsheng-b01' } }));
    await t.ok('demo-admin', W, 'review', { id: filed.id, approve: true });
    await t.ok('demo-volunteer-2', W, 'claim', { id: filed.id });
    await t.ok('demo-volunteer-2', W, 'fulfil', { id: filed.id, note: '已完成' });
    await refusedWithoutChange('demo-volunteer-2', 'confirm', { id: filed.id }, 'FORBIDDEN');
    await refusedWithoutChange('demo-admin', 'confirm', { id: filed.id }, 'FORBIDDEN');
    await t.ok('demo-gridworker', W, 'confirm', { id: filed.id });
  });
});

describe('withdraw and mine', () => {
  test('the requester withdraws before a claim, not after', async () => {
    const pending = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput());
    // A neighbour cannot see a wish under review at all, and may see but not withdraw a published one.
    await refusedWithoutChange('demo-resident-2', 'withdraw', { id: pending.id }, 'NOT_FOUND');
    await refusedWithoutChange('demo-resident-2', 'withdraw', { id: 'demo-wish-tap' }, 'FORBIDDEN');
    await t.ok('demo-resident', W, 'withdraw', { id: pending.id });
    await refusedWithoutChange('demo-resident', 'withdraw', { id: pending.id }, 'INVALID_STATE');
    const claimed = await claimedWish(t, 'demo-volunteer-2');
    await refusedWithoutChange('demo-resident', 'withdraw', { id: claimed.id }, 'INVALID_STATE');
  });

  test('mine lists what I filed and what I claimed', async () => {
    const mine = await t.ok<MyWishes>('demo-resident-2', W, 'mine');
    expect(mine.wishes.map((card) => card.id)).toContain('demo-wish-coat');
    expect(mine.claims).toEqual([]);
    const volunteer = await t.ok<MyWishes>('demo-volunteer', W, 'mine');
    expect(volunteer.claims.map((card) => card.id)).toContain('demo-wish-cooking');
  });
});

describe('admin lists', () => {
  test('the review queue of the community, and nothing of another', async () => {
    const queue = await t.ok<WishPage>('demo-admin', W, 'adminList', { status: 'pending_review' });
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.every((card) => card.status === 'pending_review')).toBe(true);
    const other = await t.ok<WishPage>('demo-admin-2', W, 'adminList', {});
    expect(other.items.map((card) => card.id)).toEqual(['demo-wish-glasses']);
    await refusedWithoutChange('demo-resident', 'adminList', {}, 'FORBIDDEN');
  });
});

describe('filing on behalf of a registered resident, by openid', () => {
  test('the grid worker names the resident; their profile supplies the rest, kept private', async () => {
    const inAMonth = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const wish = await t.ok<WishDetail>('demo-gridworker', W, 'create', wishInput({ onBehalfOf: 'demo-resident', wantedBy: `${inAMonth}T00:30:00+08:00` }));
    expect(wish).toMatchObject({ filedByGridWorker: true, beneficiaryMasked: '王**', buildingName: '鑫盛小区1号楼' });
    expect(wish.beneficiary).toMatchObject({ openid: 'demo-resident', name: '王秀英', phone: '13800000001', room: '2单元301' });
    // The end of that day in community time (UTC+8).
    expect(wish.wantedBy).toBe(`${inAMonth}T15:59:59.999Z`);
    const asBeneficiary = await t.ok<MyWishes>('demo-resident', W, 'mine');
    expect(asBeneficiary.wishes.map((card) => card.id)).toContain(wish.id);
  });

  test('not a resident of another grid, nor someone unknown', async () => {
    await refusedWithoutChange('demo-gridworker', 'create', wishInput({ onBehalfOf: 'demo-resident-2' }), 'FORBIDDEN');
    await refusedWithoutChange('demo-gridworker', 'create', wishInput({ onBehalfOf: 'nobody-at-all' }), 'INVALID_INPUT');
  });
});

describe('street admin and unidentified callers', () => {
  test('the street admin sees the wall of every community of the street, masked', async () => {
    const page = await t.ok<WishPage>('demo-street-admin', W, 'list');
    const ids = page.items.map((card) => card.id);
    expect(ids).toEqual(expect.arrayContaining(['demo-wish-hospital', 'demo-wish-glasses']));
    const detail = await t.ok<WishDetail>('demo-street-admin', W, 'get', { id: 'demo-wish-hospital' });
    expect(detail.beneficiary).toBeNull();
    expect(detail.actions).toEqual([]);
  });

  test('no identity: UNAUTHENTICATED; an unknown action: UNKNOWN_ACTION', async () => {
    await refusedWithoutChange('', 'list', {}, 'UNAUTHENTICATED');
    await refusedWithoutChange('', 'claim', { id: 'demo-wish-hospital' }, 'UNAUTHENTICATED');
    await refusedWithoutChange('demo-resident', 'deleteAll', {}, 'UNKNOWN_ACTION');
    expect(await t.call('', 'inbox', 'list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
