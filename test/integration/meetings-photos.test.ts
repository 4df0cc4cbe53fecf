/**
 * Progress photos (落实情况) take the image check every photo takes: a failed verdict hides exactly that photo,
 * in the report that holds it, with its event; a pass leaves it.
 */
import type { MeetingDetail } from '@contract/meeting';
import { mediaCheckPushEvent } from '../../emulator/openapi/media-check';
import { connectSdk } from '../../emulator/testing';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { ADMIN, bringToDecision, meetingSeed } from './meeting-helpers';
import { uploadPhoto } from './wish-helpers';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: meetingSeed() });
});
afterAll(async () => {
  await t.stop();
});

interface StoredCheck {
  _id: string;
  fileID: string;
  itemType: string;
  status: string;
}

async function implementingTopic(): Promise<string> {
  const id = await bringToDecision(t);
  await t.ok(ADMIN, 'meetings', 'decide', { id, approve: true, reason: '无需开会，直接落实' });
  return id;
}

const progressPhotos = async (id: string) => (await t.ok<MeetingDetail>(ADMIN, 'meetings', 'get', { id })).progress.map((report) => report.photos);

test('each progress photo is checked; a risky verdict hides that photo in its own report, with an event to the sender', async () => {
  const id = await implementingTopic();
  const bench = await uploadPhoto(t, `wishes/${ADMIN}/20261201/bench.jpg`);
  const lamp = await uploadPhoto(t, `wishes/${ADMIN}/20261201/lamp.jpg`);
  const later = await uploadPhoto(t, `wishes/${ADMIN}/20261202/later.jpg`);
  await t.ok(ADMIN, 'meetings', 'progress', { id, note: '长椅已安装', photos: [bench, lamp] });
  await t.ok(ADMIN, 'meetings', 'progress', { id, note: '路灯已修好', photos: [later] });

  const checks = await t.find<StoredCheck>('media_checks', { itemId: id });
  expect(checks.map((check) => [check.fileID, check.itemType, check.status]).sort()).toEqual(
    [bench, lamp, later].map((fileID) => [fileID, 'meeting_progress', 'pending']).sort(),
  );
  const traceOf = (fileID: string) => checks.find((check) => check.fileID === fileID)!._id;
  await t.cloud.callFunction('wishes', mediaCheckPushEvent(traceOf(lamp), 'risky'));
  await t.cloud.callFunction('wishes', mediaCheckPushEvent(traceOf(bench), 'pass'));
  expect(await progressPhotos(id)).toEqual([[bench], [later]]);
  await t.cloud.callFunction('wishes', mediaCheckPushEvent(traceOf(later), 'review'));
  expect(await progressPhotos(id)).toEqual([[bench], []]);

  const hidden = await t.find<{ recipients: string[]; actorLabel: string }>('events', { itemId: id, action: 'meeting.photo_hidden' });
  expect(hidden.map((event) => [event.actorLabel, event.recipients])).toEqual([
    ['系统', [ADMIN]],
    ['系统', [ADMIN]],
  ]);
});

test('someone else’s file, or a note the content check refuses, writes nothing', async () => {
  const id = await implementingTopic();
  const theirs = await uploadPhoto(t, 'wishes/demo-resident/20261201/theirs.jpg');
  const before = await t.snapshot(['meetings', 'events', 'media_checks']);
  const reply = await t.call(ADMIN, 'meetings', 'progress', { id, note: '长椅已安装', photos: [theirs] });
  expect(reply.ok ? 'ok' : reply.error.code).toBe('INVALID_INPUT');
  const rude = await t.call(ADMIN, 'meetings', 'progress', { id, note: '这里有违禁词测试的内容' });
  expect(rude.ok ? 'ok' : rude.error.code).toBe('CONTENT_REJECTED');
  expect(await t.snapshot(['meetings', 'events', 'media_checks'])).toEqual(before);
});

test('a verdict that arrived before the report was stored is applied once the report is written, and only once', async () => {
  const id = await implementingTopic();
  const early = await uploadPhoto(t, `wishes/${ADMIN}/20261203/early.jpg`);
  const { db } = connectSdk(t.cloud);
  // WeChat answered an earlier request for this file before the report holding it was written.
  await db.collection('media_checks').add({
    data: { _id: 'trace-early', traceId: 'trace-early', fileID: early, itemType: 'meeting_progress', itemId: id, openid: ADMIN, status: 'risky', requestedAt: new Date(), verdictAt: new Date() },
  });
  await t.ok(ADMIN, 'meetings', 'progress', { id, note: '座椅刷漆', photos: [early] });
  expect(await progressPhotos(id)).toEqual([[]]);
  // A repeated push of a recorded verdict finds nothing more to do.
  await t.cloud.callFunction('wishes', mediaCheckPushEvent('trace-early', 'risky'));
  expect(await t.count('events', { itemId: id, action: 'meeting.photo_hidden' })).toBe(1);
});
