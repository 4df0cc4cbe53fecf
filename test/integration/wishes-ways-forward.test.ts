/**
 * What the wish flow tells each person so that nobody meets a dead end: why they cannot claim, one's own
 * wish without a call to oneself, the street admin placed in the street, notices that name the neighbour for
 * whoever filed for them, the points history, the 管理 badge and 全部心愿.
 */
import type { InboxPage } from '@contract/event';
import type { MyProfile, PointsHistory } from '@contract/user';
import type { AdminWishPage, PendingCounts, WishDetail, WishPage, WishStatus } from '@contract/wish';
import { WISH_STATUSES } from '@contract/wish';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { publishedWish, wishInput } from './wish-helpers';

const W = 'wishes';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.stop();
});

describe('the claim hint on a published wish', () => {
  test('a resident who is not a volunteer: become_volunteer; while their application is pending: volunteer_pending', async () => {
    const wish = await publishedWish(t);
    expect(await t.ok<WishDetail>('demo-resident-2', W, 'get', { id: wish.id })).toMatchObject({ claimHint: 'become_volunteer', actions: [] });
    await t.ok('demo-resident-2', 'users', 'applyVolunteer', { intro: '住在五号楼，晚上有空，可以帮忙跑腿。' });
    expect(await t.ok<WishDetail>('demo-resident-2', W, 'get', { id: wish.id })).toMatchObject({ claimHint: 'volunteer_pending', actions: [] });
  });

  test('an approved volunteer can claim (no hint); the requester sees none on their own wish', async () => {
    const wish = await publishedWish(t);
    expect(await t.ok<WishDetail>('demo-volunteer', W, 'get', { id: wish.id })).toMatchObject({ claimHint: null, actions: ['claim'] });
    expect(await t.ok<WishDetail>('demo-resident', W, 'get', { id: wish.id })).toMatchObject({ claimHint: null });
  });

  test('someone placed in the community but not yet registered (no name) is sent to register', async () => {
    const wish = await publishedWish(t);
    await t.ok('nameless', 'users', 'login');
    await t.ok('nameless', 'users', 'updateProfile', { communityId: 'xinsheng' });
    expect(await t.ok<WishDetail>('nameless', W, 'get', { id: wish.id })).toMatchObject({ claimHint: 'register', actions: [] });
  });

  test('no hint once the wish is off the wall', async () => {
    const wish = await publishedWish(t);
    await t.ok('demo-volunteer-2', W, 'claim', { id: wish.id });
    expect(await t.ok<WishDetail>('demo-resident-2', W, 'get', { id: wish.id })).toMatchObject({ claimHint: null });
    await t.ok('demo-volunteer-2', W, 'cancelClaim', { id: wish.id });
  });
});

describe('one contact block, and no call to oneself', () => {
  test('the resident sees their own wish as theirs: their name once, no call button', async () => {
    const wish = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput());
    const seen = await t.ok<WishDetail>('demo-resident', W, 'get', { id: wish.id });
    expect(seen).toMatchObject({ isMine: true, filedByMe: true });
    expect(seen.contact).toEqual({ name: '王秀英', phone: '13800000001', room: '2单元301', buildingName: '鑫盛小区1号楼', self: true, callable: false });
  });

  test('the grid worker who filed for a neighbour may call them; the neighbour sees the wish as theirs', async () => {
    const wish = await t.ok<WishDetail>('demo-gridworker', W, 'create', wishInput({ onBehalfOf: { openid: 'demo-resident' } }));
    const asFiler = await t.ok<WishDetail>('demo-gridworker', W, 'get', { id: wish.id });
    expect(asFiler).toMatchObject({ isMine: false, filedByMe: true, contact: { name: '王秀英', self: false, callable: true } });
    const asBeneficiary = await t.ok<WishDetail>('demo-resident', W, 'get', { id: wish.id });
    expect(asBeneficiary).toMatchObject({ isMine: true, filedByMe: false, contact: { self: true, callable: false } });
  });

  test('the claim holder may call; a neighbour gets no contact at all', async () => {
    const wish = await publishedWish(t);
    expect((await t.ok<WishDetail>('demo-resident-2', W, 'get', { id: wish.id })).contact).toBeNull();
    await t.ok('demo-volunteer-2', W, 'claim', { id: wish.id });
    expect(await t.ok<WishDetail>('demo-volunteer-2', W, 'get', { id: wish.id })).toMatchObject({ isMine: false, filedByMe: false, contact: { name: '王秀英', callable: true } });
    await t.ok('demo-volunteer-2', W, 'cancelClaim', { id: wish.id });
  });
});

describe('the street admin', () => {
  test('is placed in the street, with its name and the 工作台 title, not asked to register', async () => {
    const me = await t.ok<MyProfile>('demo-street-admin', 'users', 'me');
    expect(me).toMatchObject({ placedIn: 'street', streetName: '云中路街道', roleLabel: '街道管理员', staffTitle: '云中路街道 · 街道管理员', registered: false });
    const login = await t.ok<MyProfile>('demo-street-admin', 'users', 'login');
    expect(login).toMatchObject({ placedIn: 'street', staffTitle: '云中路街道 · 街道管理员' });
  });

  test('others: a resident is placed in the community; staff titles name their community and grid', async () => {
    expect(await t.ok<MyProfile>('demo-resident', 'users', 'me')).toMatchObject({ placedIn: 'community', streetName: '云中路街道', roleLabel: '居民', staffTitle: null });
    expect(await t.ok<MyProfile>('demo-admin', 'users', 'me')).toMatchObject({ roleLabel: '社区管理员', staffTitle: '鑫盛社区 · 社区管理员' });
    expect(await t.ok<MyProfile>('demo-gridworker', 'users', 'me')).toMatchObject({ roleLabel: '网格员', staffTitle: '鑫盛社区 · 第一网格 · 网格员' });
    await t.ok('unplaced', 'users', 'login');
    expect(await t.ok<MyProfile>('unplaced', 'users', 'me')).toMatchObject({ placedIn: null, streetName: null, roleLabel: '居民' });
  });

  test("sees the street's communities on the wall and in 全部心愿, each card naming its community", async () => {
    const wall = await t.ok<WishPage>('demo-street-admin', W, 'list');
    const communities = new Set(wall.items.map((card) => card.communityName));
    expect(communities).toEqual(new Set(['鑫盛社区', '翠竹园社区']));
    const all = await t.ok<AdminWishPage>('demo-street-admin', W, 'adminList');
    expect(new Set(all.items.map((card) => card.communityName))).toEqual(new Set(['鑫盛社区', '翠竹园社区']));
    expect(all.items.every((card) => card.gridName !== null)).toBe(true);
  });
});

describe('notices to whoever filed for a neighbour name the neighbour', () => {
  test('the grid worker reads 您为王秀英提交的心愿…; 王秀英 reads 您的心愿…', async () => {
    const wish = await t.ok<WishDetail>('demo-gridworker', W, 'create', wishInput({ onBehalfOf: { openid: 'demo-resident' } }));
    await t.ok('demo-admin', W, 'review', { id: wish.id, approve: true });
    await t.ok('demo-volunteer-2', W, 'claim', { id: wish.id });
    const textOf = async (openid: string, action: string) =>
      (await t.ok<InboxPage>(openid, 'inbox', 'list')).items.find((item) => item.itemId === wish.id && item.action === action)?.text;
    expect(await textOf('demo-gridworker', 'wish.claimed')).toBe('您为王秀英提交的心愿已被认领');
    expect(await textOf('demo-gridworker', 'wish.published')).toBe('您为王秀英提交的心愿已通过审核，已在心愿墙发布');
    expect(await textOf('demo-resident', 'wish.claimed')).toBe('您的心愿已被志愿者认领');
    const [event] = await t.find<Record<string, unknown>>('events', { itemId: wish.id, action: 'wish.claimed' });
    // The name only: never the neighbour's phone or room.
    expect(event?.onBehalfOf).toEqual({ filerOpenid: 'demo-gridworker', name: '王秀英' });
    await t.ok('demo-volunteer-2', W, 'cancelClaim', { id: wish.id });
    expect(await textOf('demo-gridworker', 'wish.claim_cancelled')).toBe('志愿者取消了认领，您为王秀英提交的心愿已重新发布');
  });

  test('a resident who filed for themselves reads the plain text', async () => {
    const wish = await t.ok<WishDetail>('demo-resident-2', W, 'create', wishInput());
    await t.ok('demo-admin', W, 'review', { id: wish.id, approve: true });
    const inbox = await t.ok<InboxPage>('demo-resident-2', 'inbox', 'list');
    expect(inbox.items.find((item) => item.itemId === wish.id)?.text).toBe('您的心愿已通过审核，已在心愿墙发布');
  });
});

describe('points history', () => {
  async function fulfilledAndConfirmed(title: string): Promise<string> {
    const wish = await publishedWish(t, 'demo-resident', { title });
    await t.ok('demo-volunteer-2', W, 'claim', { id: wish.id });
    await t.ok('demo-volunteer-2', W, 'fulfil', { id: wish.id, note: '已经帮忙办好了' });
    await t.ok('demo-resident', W, 'confirm', { id: wish.id });
    return wish.id;
  }

  test('each credit with its wish, points and date, newest first, 20 a page; the balance', async () => {
    const before = await t.ok<PointsHistory>('demo-volunteer-2', 'users', 'pointsHistory');
    const ids: string[] = [];
    for (let index = 0; index < 21; index += 1) ids.push(await fulfilledAndConfirmed(`积分测试心愿${index}`));
    const first = await t.ok<PointsHistory>('demo-volunteer-2', 'users', 'pointsHistory');
    expect(first.items).toHaveLength(20);
    expect(first.balance).toBe(before.balance + 21 * 10);
    expect(first.items[0]).toMatchObject({ itemType: 'wish', itemId: ids[20], itemTitle: '积分测试心愿20', action: 'wish.confirmed', points: 10 });
    expect(Number.isNaN(Date.parse(first.items[0]!.at))).toBe(false);
    expect(first.nextCursor).not.toBeNull();
    const second = await t.ok<PointsHistory>('demo-volunteer-2', 'users', 'pointsHistory', { cursor: first.nextCursor! });
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
    expect(all.map((item) => item.itemId)).toEqual(expect.arrayContaining(ids));
    const times = all.map((item) => Date.parse(item.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  test('someone with no points has an empty history; a bad cursor is INVALID_INPUT', async () => {
    expect(await t.ok<PointsHistory>('demo-resident-2', 'users', 'pointsHistory')).toEqual({ balance: 0, items: [], nextCursor: null });
    expect(await t.call('demo-resident-2', 'users', 'pointsHistory', { cursor: 'not a cursor' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.call('never-seen', 'users', 'pointsHistory')).toMatchObject({ ok: false, error: { code: 'NOT_REGISTERED' } });
  });
});

describe('the 管理 badge: pendingCounts', () => {
  test("a community admin: their community's filed wishes and pending volunteer applications", async () => {
    await t.ok('demo-resident', W, 'create', wishInput());
    await t.ok('applicant-xs', 'users', 'login');
    await t.ok('applicant-xs', 'users', 'updateProfile', { name: '申请人', buildingId: 'xinsheng-b06' });
    await t.ok('applicant-xs', 'users', 'applyVolunteer', { intro: '愿意周末参加社区服务。' });
    const counts = await t.ok<PendingCounts>('demo-admin', W, 'pendingCounts');
    const wishReviews = await t.count('wishes', { communityId: 'xinsheng', status: 'pending_review' });
    const volunteerApplications = await t.count('users', { communityId: 'xinsheng', 'volunteer.status': 'pending' });
    expect(wishReviews).toBeGreaterThan(0);
    expect(volunteerApplications).toBeGreaterThan(0);
    expect(counts).toEqual({ wishReviews, volunteerApplications, total: wishReviews + volunteerApplications });
    const other = await t.ok<PendingCounts>('demo-admin-2', W, 'pendingCounts');
    expect(other.wishReviews).toBe(await t.count('wishes', { communityId: 'cuizhu', status: 'pending_review' }));
  });

  test('nobody else reviews: zeros', async () => {
    for (const openid of ['demo-resident', 'demo-volunteer', 'demo-gridworker', 'demo-street-admin']) {
      expect(await t.ok<PendingCounts>(openid, W, 'pendingCounts')).toEqual({ wishReviews: 0, volunteerApplications: 0, total: 0 });
    }
    expect(await t.call('demo-admin', W, 'pendingCounts', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('全部心愿: counts, names, search', () => {
  test('per-status counts of the scope on the first page only', async () => {
    const first = await t.ok<AdminWishPage>('demo-admin', W, 'adminList', { status: 'published' });
    const expected = Object.fromEntries(
      await Promise.all(WISH_STATUSES.map(async (status: WishStatus) => [status, await t.count('wishes', { communityId: 'xinsheng', status })] as const)),
    );
    expect(first.counts).toMatchObject(expected);
    expect(first.counts?.all).toBe(await t.count('wishes', { communityId: 'xinsheng' }));
    if (first.nextCursor) expect((await t.ok<AdminWishPage>('demo-admin', W, 'adminList', { status: 'published', cursor: first.nextCursor })).counts).toBeNull();
  });

  test('staff see the beneficiary, the filer and the claimer by name; the wall never does', async () => {
    const all = await t.ok<AdminWishPage>('demo-admin', W, 'adminList', { q: '做几顿饭' });
    expect(all.items.find((card) => card.id === 'demo-wish-cooking')).toMatchObject({
      beneficiaryName: '米桂芳',
      requesterName: '张新花',
      claimerName: '赵志强',
      createdAt: expect.any(String),
    });
    const own = await t.ok<AdminWishPage>('demo-gridworker', W, 'adminList', { q: '水龙头' });
    expect(own.items.find((card) => card.id === 'demo-wish-tap')).toMatchObject({ beneficiaryName: '王秀英', requesterName: '王秀英', claimerName: null });
    const wall = await t.ok<WishPage>('demo-resident-2', W, 'list');
    const card = wall.items.find((item) => item.id === 'demo-wish-hospital') as unknown as Record<string, unknown>;
    expect(card.beneficiaryName).toBeUndefined();
    expect(card.requesterName).toBeUndefined();
    expect(JSON.stringify(wall)).not.toContain('徐德明');
    expect(await t.call('demo-resident', W, 'adminList')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('search by part of the title, literally: regular-expression characters match only themselves', async () => {
    const odd = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput({ title: '想要(新).*的台灯' }));
    const plain = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput({ title: '想要新的台灯' }));
    const byPattern = await t.ok<AdminWishPage>('demo-admin', W, 'adminList', { q: '(新).*' });
    expect(byPattern.items.map((card) => card.id)).toEqual([odd.id]);
    const byWord = await t.ok<AdminWishPage>('demo-admin', W, 'adminList', { q: '台灯' });
    expect(byWord.items.map((card) => card.id)).toEqual(expect.arrayContaining([odd.id, plain.id]));
    expect((await t.ok<AdminWishPage>('demo-admin', W, 'adminList', { q: '.*' })).items.map((card) => card.id)).toEqual([odd.id]);
    expect((await t.ok<AdminWishPage>('demo-admin', W, 'adminList', { q: '[' })).items).toEqual([]);
    expect((await t.ok<AdminWishPage>('demo-admin-2', W, 'adminList', { q: '台灯' })).items).toEqual([]);
    expect(await t.call('demo-admin', W, 'adminList', { q: '长'.repeat(31) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('content refusals name the form field', () => {
  test('fulfil: note; confirm: thanks; applyVolunteer: intro; updateProfile: room', async () => {
    const wish = await publishedWish(t);
    await t.ok('demo-volunteer-2', W, 'claim', { id: wish.id });
    expect(await t.call('demo-volunteer-2', W, 'fulfil', { id: wish.id, note: '违禁词测试' })).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', details: { field: 'note' } } });
    await t.ok('demo-volunteer-2', W, 'fulfil', { id: wish.id, note: '已经办好了' });
    expect(await t.call('demo-resident', W, 'confirm', { id: wish.id, thanks: '违禁词测试' })).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', details: { field: 'thanks' } } });
    await t.ok('intro-writer', 'users', 'login');
    await t.ok('intro-writer', 'users', 'updateProfile', { name: '介绍人', buildingId: 'xinsheng-b07' });
    expect(await t.call('intro-writer', 'users', 'applyVolunteer', { intro: '违禁词测试' })).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', details: { field: 'intro' } } });
    expect(await t.call('intro-writer', 'users', 'updateProfile', { room: '违禁词测试' })).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', details: { field: 'room' } } });
  });
});
