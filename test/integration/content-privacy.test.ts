/**
 * What others are shown: text WeChat is not sure about is refused with the field it was in; photos must be
 * the caller's own files and are hidden when their image check fails; the building stays private; a
 * building leader is named as one.
 */
import type { Reply } from '@contract/reply';
import type { WishDetail, WishDoc, WishPage } from '@contract/wish';
import { createHash } from 'node:crypto';
import { mediaCheckPushEvent } from '../../emulator/openapi/media-check';
import { connectSdk } from '../../emulator/testing';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { uploadPhoto, wishInput } from './wish-helpers';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.stop();
});

const W = 'wishes';

async function refused(openid: string, fn: string, action: string, input: Record<string, unknown>) {
  const before = await t.snapshot(['wishes', 'events', 'users', 'media_checks']);
  const reply = await t.call(openid, fn, action, input);
  expect(await t.snapshot(['wishes', 'events', 'users', 'media_checks'])).toEqual(before);
  if (reply.ok) throw new Error(`${fn}.${action} was accepted`);
  return reply.error;
}

describe('text content security', () => {
  test('a story WeChat answers "review" for is refused, naming the field, and nothing is stored', async () => {
    const error = await refused('demo-resident', W, 'create', wishInput({ story: '这段故事里有待人工复核测试的说法' }));
    expect(error).toEqual({ code: 'CONTENT_REJECTED', message: '内容可能不适合公开展示，请修改后再提交', details: { field: 'story', suggest: 'review' } });
  });

  test('a risky title is refused as title, even when the story is fine', async () => {
    const error = await refused('demo-resident', W, 'create', wishInput({ title: '想要赌博的钱' }));
    expect(error).toMatchObject({ code: 'CONTENT_REJECTED', details: { field: 'title', suggest: 'risky' } });
  });

  test('a name filed on behalf is checked as profile text and named in the refusal', async () => {
    const error = await refused('demo-gridworker', W, 'create', wishInput({ onBehalfOf: { name: '违禁词测试', buildingId: 'xinsheng-b01' } }));
    expect(error).toMatchObject({ code: 'CONTENT_REJECTED', details: { field: 'onBehalfOf.name' } });
  });

  test('a profile name WeChat is not sure about is refused', async () => {
    const error = await refused('demo-resident', 'users', 'updateProfile', { name: 'review-test-word' });
    expect(error).toMatchObject({ code: 'CONTENT_REJECTED', details: { field: 'name', suggest: 'review' } });
  });
});

describe('photos', () => {
  test("another user's photo, a file of another environment or folder, or a missing file is refused", async () => {
    const theirs = await uploadPhoto(t, 'wishes/demo-resident-2/20260101/theirs.jpg');
    const ownFolderOtherEnv = (await uploadPhoto(t, 'wishes/demo-resident/20260101/x.jpg')).replace(/^cloud:\/\/[^.]+\./, 'cloud://other-env.');
    const outsideFolder = await uploadPhoto(t, 'avatars/demo-resident/a.jpg');
    const missing = (await uploadPhoto(t, 'wishes/demo-resident/20260101/here.jpg')).replace('here.jpg', 'not-here.jpg');
    for (const photo of [theirs, ownFolderOtherEnv, outsideFolder, missing]) {
      const error = await refused('demo-resident', W, 'create', wishInput({ photos: [photo] }));
      expect(error).toEqual({ code: 'INVALID_INPUT', message: '照片无效，请重新上传', details: [{ path: 'photos.0', message: '照片无效，请重新上传' }] });
    }
  });

  test('each stored photo is sent for an image check; a failed verdict hides it from everyone, for good', async () => {
    const kept = await uploadPhoto(t, 'wishes/demo-resident/20260101/kept.jpg');
    const bad = await uploadPhoto(t, 'wishes/demo-resident/20260101/bad.jpg');
    const wish = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput({ photos: [bad, kept] }));
    expect(wish.photos).toEqual([bad, kept]);
    const checks = await t.find<{ _id: string; fileID: string; itemType: string; itemId: string; status: string }>('media_checks', { itemId: wish.id });
    expect(checks.map((check) => [check.fileID, check.itemType, check.status]).sort()).toEqual(
      [
        [bad, 'wish', 'pending'],
        [kept, 'wish', 'pending'],
      ].sort(),
    );
    const traceOf = (fileID: string) => checks.find((check) => check.fileID === fileID)!._id;

    // Someone who does not know a trace id can change nothing.
    await t.cloud.callFunction(W, mediaCheckPushEvent('00000000-00000000-00000000', 'risky'));
    expect((await t.find<WishDoc>('wishes', { _id: wish.id }))[0].photos).toEqual([bad, kept]);

    await t.cloud.callFunction(W, mediaCheckPushEvent(traceOf(kept), 'pass'));
    await t.cloud.callFunction(W, mediaCheckPushEvent(traceOf(bad), 'risky'));
    expect((await t.find<WishDoc>('wishes', { _id: wish.id }))[0].photos).toEqual([kept]);
    const detail = await t.ok<WishDetail>('demo-resident', W, 'get', { id: wish.id });
    expect(detail).toMatchObject({ photos: [kept], coverPhoto: kept });

    // A later "pass" for the same trace id does not bring it back.
    await t.cloud.callFunction(W, mediaCheckPushEvent(traceOf(bad), 'pass'));
    expect((await t.find<WishDoc>('wishes', { _id: wish.id }))[0].photos).toEqual([kept]);
    expect((await t.find<{ status: string }>('media_checks', { _id: traceOf(bad) }))[0].status).toBe('risky');

    // A check already answered "pass" takes no second verdict: a forged "risky" cannot hide the photo.
    await t.cloud.callFunction(W, mediaCheckPushEvent(traceOf(kept), 'risky'));
    expect((await t.find<WishDoc>('wishes', { _id: wish.id }))[0].photos).toEqual([kept]);
    expect((await t.find<{ status: string }>('media_checks', { _id: traceOf(kept) }))[0].status).toBe('pass');
  });

  test('a "review" verdict hides the photo too', async () => {
    const photo = await uploadPhoto(t, 'wishes/demo-resident/20260101/unsure.jpg');
    const wish = await t.ok<WishDetail>('demo-resident', W, 'create', wishInput({ photos: [photo] }));
    const [check] = await t.find<{ _id: string }>('media_checks', { itemId: wish.id });
    await t.cloud.callFunction(W, mediaCheckPushEvent(check._id, 'review'));
    expect((await t.find<WishDoc>('wishes', { _id: wish.id }))[0].photos).toEqual([]);
    // The change has its event: the timeline says so, and the one who sent the photo is told.
    const [hidden] = await t.find<{ recipients: string[] }>('events', { itemId: wish.id, action: 'wish.photo_hidden' });
    expect(hidden).toMatchObject({ recipients: ['demo-resident'] });
  });

  test('a failing verdict that arrives before the photo is stored still hides it', async () => {
    const photo = await uploadPhoto(t, 'wishes/demo-resident/20260101/early.jpg');
    const input = wishInput({ photos: [photo] });
    const wishId = createHash('sha256').update(`demo-resident\n${String(input.clientRequestId)}`).digest('hex').slice(0, 32);
    // WeChat answered a check of this photo for this wish before the wish itself was written.
    await connectSdk(t.cloud).db.collection('media_checks').add({
      data: { _id: 'early-verdict', traceId: 'early-verdict', fileID: photo, itemType: 'wish', itemId: wishId, openid: 'demo-resident', status: 'risky', requestedAt: new Date(), verdictAt: new Date() },
    });
    const wish = await t.ok<WishDetail>('demo-resident', W, 'create', input);
    expect(wish.id).toBe(wishId);
    expect((await t.find<WishDoc>('wishes', { _id: wishId }))[0].photos).toEqual([]);
  });
});

describe('privacy', () => {
  test('the building of a published wish is shown only to those who may see private details', async () => {
    const wall = await t.ok<WishPage>('demo-volunteer', W, 'list');
    const card = wall.items.find((item) => item.status === 'published')!;
    const [published] = await t.find<WishDoc>('wishes', { _id: card.id });
    expect(published.buildingName).toBeTruthy();
    const asNeighbour = await t.ok<WishDetail>('demo-volunteer', W, 'get', { id: published._id });
    expect(asNeighbour).toMatchObject({ buildingName: null, beneficiary: null, gridName: published.gridName });
    const asAdmin = await t.ok<WishDetail>('demo-admin', W, 'get', { id: published._id });
    expect(asAdmin.buildingName).toBe(published.buildingName);
  });

  test('a wish a building leader files on behalf says 楼栋长 in its timeline, a grid worker\'s says 网格员', async () => {
    const byLeader = await t.ok<WishDetail>('demo-building-leader', W, 'create', wishInput({ onBehalfOf: { name: '钱奶奶', buildingId: 'xinsheng-b01' } }));
    const byWorker = await t.ok<WishDetail>('demo-gridworker', W, 'create', wishInput({ onBehalfOf: { name: '孙桂英', buildingId: 'xinsheng-b02' } }));
    const leaderLine = await t.find<{ actorLabel: string }>('events', { itemId: byLeader.id, action: 'wish.created' });
    const workerLine = await t.find<{ actorLabel: string }>('events', { itemId: byWorker.id, action: 'wish.created' });
    expect(leaderLine.map((event) => event.actorLabel)).toEqual(['楼栋长代居民']);
    expect(workerLine.map((event) => event.actorLabel)).toEqual(['网格员代居民']);
    expect((await t.find<WishDoc>('wishes', { _id: byLeader.id }))[0].filedByRole).toBe('building_leader');
  });

  test('a building leader who withdraws what they filed is named 楼栋长', async () => {
    const wish = await t.ok<WishDetail>('demo-building-leader', W, 'create', wishInput({ onBehalfOf: { name: '钱奶奶', buildingId: 'xinsheng-b01' } }));
    const reply = (await t.call('demo-building-leader', W, 'withdraw', { id: wish.id })) as Reply<unknown>;
    expect(reply.ok).toBe(true);
    const lines = await t.find<{ actorLabel: string }>('events', { itemId: wish.id, action: 'wish.withdrawn' });
    expect(lines.map((event) => event.actorLabel)).toEqual(['楼栋长']);
  });
});
