/**
 * security.msgSecCheck v2 and security.mediaCheckAsync as the real wx-server-sdk sees them: v2 needs a scene
 * (1 资料, 2 评论, 3 论坛, 4 社交日志) and a user's openid, answers errCode 0 with result.suggest
 * pass | review | risky, and the asynchronous image check answers a traceId (the SDK turns trace_id into
 * camelCase) whose verdict is pushed later as a `wxa_media_check` event.
 */
import { mediaCheckPushEvent } from '../../emulator/openapi/media-check';
import { startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite.stop();
});

type Answer = { ok: true; res: Record<string, unknown> } | { ok: false; errCode: number; errMsg: string };

function check(api: string, params: Record<string, unknown>, withOpenid = true): Promise<Answer> {
  return suite.cloud.callFunction('content-check', { api, params, withOpenid }, 'o-content') as Promise<Answer>;
}

describe('msgSecCheck v2', () => {
  test.each([
    ['楼道里的灯坏了，麻烦修一下', 'pass', 100],
    ['这是一条违禁词测试消息', 'risky', 20001],
    ['这段话待人工复核测试', 'review', 21000],
    ['待人工复核测试，还有赌博', 'risky', 20001],
  ])('%s → %s', async (content, suggest, label) => {
    const answer = await check('msgSecCheck', { content, version: 2, scene: 2 });
    expect(answer).toMatchObject({ ok: true, res: { errCode: 0, result: { suggest, label } } });
  });

  test('v2 without an openid fails with invalid openid (40003)', async () => {
    expect(await check('msgSecCheck', { content: '你好', version: 2, scene: 1 }, false)).toMatchObject({ ok: false, errCode: 40003 });
  });

  test.each([[0], [5], ['x']])('v2 with scene %p fails with invalid scene (40129)', async (scene) => {
    expect(await check('msgSecCheck', { content: '你好', version: 2, scene })).toMatchObject({ ok: false, errCode: 40129 });
  });

  test('v1 knows no review: a review word passes, a risky one fails with 87014', async () => {
    expect(await check('msgSecCheck', { content: '待人工复核测试' }, false)).toMatchObject({ ok: true });
    expect(await check('msgSecCheck', { content: '赌博' }, false)).toMatchObject({ ok: false, errCode: 87014 });
  });
});

describe('mediaCheckAsync v2', () => {
  test('answers a traceId; the verdict on demand is the push event WeChat sends', async () => {
    const mediaUrl = `${suite.cloud.url}/__cloud/files/wishes/o-content/a.jpg`;
    const answer = await check('mediaCheckAsync', { mediaUrl, mediaType: 2, version: 2, scene: 2 });
    expect(answer).toMatchObject({ ok: true, res: { errCode: 0, traceId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/) } });
    const traceId = answer.ok ? String(answer.res.traceId) : '';
    expect(mediaCheckPushEvent(traceId, 'risky')).toMatchObject({ MsgType: 'event', Event: 'wxa_media_check', trace_id: traceId, version: 2, result: { suggest: 'risky' } });
  });

  test.each([
    ['no openid in v2', { mediaUrl: 'https://example.com/a.jpg', mediaType: 2, version: 2, scene: 2 }, false, 40003],
    ['no scene in v2', { mediaUrl: 'https://example.com/a.jpg', mediaType: 2, version: 2 }, true, 40129],
    ['a fileID instead of a URL', { mediaUrl: 'cloud://env.bucket/wishes/a.jpg', mediaType: 2, version: 2, scene: 2 }, true, 47001],
    ['media type 3', { mediaUrl: 'https://example.com/a.jpg', mediaType: 3, version: 2, scene: 2 }, true, 47001],
  ])('%s fails (%#)', async (_, params, withOpenid, errCode) => {
    expect(await check('mediaCheckAsync', params, withOpenid)).toMatchObject({ ok: false, errCode });
  });
});
