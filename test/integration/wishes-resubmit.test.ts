/**
 * wishes.resubmit: a rejected wish, changed by whoever filed it, goes back to the community's review queue —
 * from `rejected` only, with the content and photo checks of filing, one event, and nothing written on a refusal.
 */
import type { InboxPage } from '@contract/event';
import type { AdminWishPage, PendingCounts, WishDetail, WishDoc } from '@contract/wish';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { uploadPhoto, wishInput } from './wish-helpers';

const W = 'wishes';
const WATCHED = ['wishes', 'events', 'users', 'media_checks'];

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.stop();
});

async function refused(openid: string, input: Record<string, unknown>) {
  const before = await t.snapshot(WATCHED);
  const reply = await t.call(openid, W, 'resubmit', input);
  expect(await t.snapshot(WATCHED)).toEqual(before);
  if (reply.ok) throw new Error('resubmit was accepted');
  return reply.error;
}

async function rejectedWish(openid = 'demo-resident', overrides: Record<string, unknown> = {}): Promise<WishDetail> {
  const wish = await t.ok<WishDetail>(openid, W, 'create', wishInput(overrides));
  await t.ok('demo-admin', W, 'review', { id: wish.id, approve: false, reason: '请写清楚需要什么，修改后重新提交' });
  return t.ok<WishDetail>(openid, W, 'get', { id: wish.id });
}

describe('who may resubmit', () => {
  test('the requester of a rejected wish sees resubmit among the actions; others do not', async () => {
    const wish = await rejectedWish();
    expect(wish.actions).toEqual(['resubmit']);
    expect((await t.ok<WishDetail>('demo-admin', W, 'get', { id: wish.id })).actions).toEqual([]);
  });

  test('the requester changes the text and it is back in the review queue, with one event', async () => {
    const wish = await rejectedWish();
    const pendingBefore = await t.ok<PendingCounts>('demo-admin', W, 'pendingCounts');
    const again = await t.ok<WishDetail>('demo-resident', W, 'resubmit', { id: wish.id, title: '想请人帮忙换卫生间的灯泡', story: '卫生间灯泡坏了两周，我够不着，需要一个节能灯泡和一位会换的志愿者。' });
    expect(again).toMatchObject({ status: 'pending_review', title: '想请人帮忙换卫生间的灯泡', rejectReason: null, actions: ['withdraw'] });
    const [stored] = await t.find<WishDoc>('wishes', { _id: wish.id });
    expect(stored).toMatchObject({ status: 'pending_review', review: null, title: '想请人帮忙换卫生间的灯泡', category: wish.category });
    const events = await t.find<{ from: string; to: string; actorLabel: string; itemTitle: string }>('events', { itemId: wish.id, action: 'wish.resubmitted' });
    expect(events).toEqual([expect.objectContaining({ from: 'rejected', to: 'pending_review', actorLabel: '居民', itemTitle: '想请人帮忙换卫生间的灯泡' })]);
    const queue = await t.ok<AdminWishPage>('demo-admin', W, 'adminList', { status: 'pending_review' });
    expect(queue.items.map((item) => item.id)).toContain(wish.id);
    expect((await t.ok<PendingCounts>('demo-admin', W, 'pendingCounts')).wishReviews).toBe(pendingBefore.wishReviews + 1);
    // And the admin can approve it now.
    expect((await t.ok<WishDetail>('demo-admin', W, 'review', { id: wish.id, approve: true })).status).toBe('published');
  });

  test('fields left out keep their value; wantedBy null takes the date away', async () => {
    const wish = await rejectedWish('demo-resident', { wantedBy: new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10), category: '维修' });
    expect(wish.wantedByDay).not.toBeNull();
    const again = await t.ok<WishDetail>('demo-resident', W, 'resubmit', { id: wish.id, category: '陪伴', wantedBy: null });
    expect(again).toMatchObject({ category: '陪伴', wantedBy: null, title: wish.title, story: wish.story, beneficiaryType: wish.beneficiaryType });
  });

  test('the grid worker who filed for a neighbour resubmits; the neighbour (a user) is told, the worker reads the name', async () => {
    const wish = await rejectedWish('demo-gridworker', { onBehalfOf: { openid: 'demo-resident' } });
    expect(wish.actions).toEqual(['resubmit']);
    // The neighbour the wish is for may see it, but did not file it.
    const error = await refused('demo-resident', { id: wish.id, title: '改一下标题' });
    expect(error.code).toBe('FORBIDDEN');
    const again = await t.ok<WishDetail>('demo-gridworker', W, 'resubmit', { id: wish.id, story: '王阿姨家的灯坏了，需要志愿者帮忙更换，灯泡社区已备好。' });
    expect(again.status).toBe('pending_review');
    const [event] = await t.find<{ actorLabel: string; recipients: string[]; onBehalfOf: unknown }>('events', { itemId: wish.id, action: 'wish.resubmitted' });
    expect(event).toMatchObject({ actorLabel: '网格员', recipients: ['demo-resident'], onBehalfOf: { filerOpenid: 'demo-gridworker', name: '王秀英' } });
    const inbox = await t.ok<InboxPage>('demo-resident', 'inbox', 'list');
    expect(inbox.items.find((item) => item.itemId === wish.id && item.action === 'wish.resubmitted')?.text).toBe('为您提交的心愿已修改，重新提交审核');
    const filerInbox = await t.ok<InboxPage>('demo-gridworker', 'inbox', 'list');
    expect(filerInbox.items.find((item) => item.itemId === wish.id && item.action === 'wish.rejected')?.text).toBe('您为王秀英提交的心愿未通过审核');
  });

  test('nobody else: a neighbour cannot see it, an admin or another grid worker may not change it', async () => {
    const wish = await rejectedWish();
    expect((await refused('demo-resident-2', { id: wish.id, title: '别人的' })).code).toBe('NOT_FOUND');
    expect((await refused('demo-admin', { id: wish.id, title: '管理员改' })).code).toBe('FORBIDDEN');
    expect((await refused('demo-gridworker', { id: wish.id, title: '网格员改' })).code).toBe('FORBIDDEN');
    expect((await refused('demo-building-leader', { id: wish.id, title: '楼栋长改' })).code).toBe('FORBIDDEN');
    expect((await refused('demo-admin-2', { id: wish.id, title: '别的社区' })).code).toBe('NOT_FOUND');
    expect((await refused('stranger-never-logged-in', { id: wish.id })).code).toBe('NOT_REGISTERED');
    expect((await refused('demo-resident', { id: 'no-such-wish' })).code).toBe('NOT_FOUND');
  });
});

describe('from rejected only', () => {
  test('a pending, published or withdrawn wish is INVALID_STATE', async () => {
    const pending = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput());
    expect((await refused('demo-resident', { id: pending.id, title: '再改' })).code).toBe('INVALID_STATE');
    await t.ok('demo-admin', W, 'review', { id: pending.id, approve: true });
    expect((await refused('demo-resident', { id: pending.id, title: '再改' })).code).toBe('INVALID_STATE');
    await t.ok('demo-resident', W, 'withdraw', { id: pending.id });
    expect((await refused('demo-resident', { id: pending.id, title: '再改' })).code).toBe('INVALID_STATE');
  });

  test('resubmitted once, a second resubmit is INVALID_STATE; simultaneous ones: exactly one wins', async () => {
    const wish = await rejectedWish();
    const replies = await Promise.all(
      Array.from({ length: 4 }, (_, index) => t.call('demo-resident', W, 'resubmit', { id: wish.id, title: `同时修改${index}` })),
    );
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    for (const reply of replies.filter((r) => !r.ok)) expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(await t.find('events', { itemId: wish.id, action: 'wish.resubmitted' })).toHaveLength(1);
    expect((await refused('demo-resident', { id: wish.id, title: '第三次' })).code).toBe('INVALID_STATE');
  });
});

describe('checks of filing', () => {
  test('changed text that fails the content check is refused, naming the form field', async () => {
    const wish = await rejectedWish();
    expect(await refused('demo-resident', { id: wish.id, title: '想要赌博的钱' })).toMatchObject({ code: 'CONTENT_REJECTED', details: { field: 'title', suggest: 'risky' } });
    expect(await refused('demo-resident', { id: wish.id, story: '这段故事里有待人工复核测试的说法' })).toMatchObject({
      code: 'CONTENT_REJECTED',
      details: { field: 'story', suggest: 'review' },
    });
  });

  test('a date in the past, empty text and unknown fields are INVALID_INPUT', async () => {
    const wish = await rejectedWish();
    expect(await refused('demo-resident', { id: wish.id, wantedBy: '2020-01-01' })).toMatchObject({ code: 'INVALID_INPUT', details: [{ path: 'wantedBy' }] });
    expect((await refused('demo-resident', { id: wish.id, title: '   ' })).code).toBe('INVALID_INPUT');
    expect((await refused('demo-resident', { id: wish.id, status: 'published' })).code).toBe('INVALID_INPUT');
    expect((await refused('demo-resident', { id: wish.id, onBehalfOf: { name: '换人' } })).code).toBe('INVALID_INPUT');
  });

  test('kept photos stay without a new check; a new photo must be the caller own file, named by its index', async () => {
    const kept = await uploadPhoto(t, 'wishes/demo-resident/20260101/kept.jpg');
    const wish = await rejectedWish('demo-resident', { photos: [kept] });
    const checksBefore = await t.count('media_checks');
    const theirs = await uploadPhoto(t, 'wishes/demo-resident-2/20260101/theirs.jpg');
    expect(await refused('demo-resident', { id: wish.id, photos: [kept, theirs] })).toEqual({
      code: 'INVALID_INPUT',
      message: '照片无效，请重新上传',
      details: [{ path: 'photos.1', message: '照片无效，请重新上传' }],
    });
    const added = await uploadPhoto(t, 'wishes/demo-resident/20260102/added.jpg');
    const again = await t.ok<WishDetail>('demo-resident', W, 'resubmit', { id: wish.id, photos: [kept, added] });
    expect(again.photos).toEqual([kept, added]);
    const checks = await t.find<{ fileID: string; itemId: string }>('media_checks');
    expect(checks.length).toBe(checksBefore + 1);
    expect(checks.filter((check) => check.fileID === added)).toEqual([expect.objectContaining({ itemId: wish.id })]);
  });
});
