/** Storage round trip, openapi stand-ins, and the dev bridge contract over raw HTTP. */
import { postJson, rejection, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(() => suite.stop());

describe('storage through wx-server-sdk', () => {
  test('upload, temp URL fetched over HTTP, delete', async () => {
    const { cloud } = suite.sdk;
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 255]);
    const uploaded = await cloud.uploadFile({ cloudPath: 'photos/wish 1/a.png', fileContent: bytes });
    expect(uploaded.fileID).toBe('cloud://local-env.6c6f-local-env-1300000000/photos/wish 1/a.png');
    const urls = await cloud.getTempFileURL({ fileList: [uploaded.fileID, 'cloud://local-env.6c6f-local-env-1300000000/missing.png'] });
    expect(urls.fileList[0]).toMatchObject({ fileID: uploaded.fileID, status: 0 });
    expect(urls.fileList[1]).toMatchObject({ status: -503003, tempFileURL: '' });
    const res = await fetch(urls.fileList[0].tempFileURL);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    const downloaded = await cloud.downloadFile({ fileID: uploaded.fileID });
    expect(Buffer.from(downloaded.fileContent)).toEqual(bytes);
    const deleted = await cloud.deleteFile({ fileList: [uploaded.fileID] });
    expect(deleted.fileList).toEqual([{ fileID: uploaded.fileID, status: 0, errMsg: 'ok' }]);
    expect((await fetch(urls.fileList[0].tempFileURL)).status).toBe(404);
    const again = await cloud.deleteFile({ fileList: [uploaded.fileID] });
    expect(again.fileList[0].status).toBe(-503003);
  });

  test('a file a function writes, linked with a lifetime ({ fileID, maxAge }), downloads under its type', async () => {
    const { cloud } = suite.sdk;
    const bytes = Buffer.from('PK\u0003\u0004 not really a workbook');
    const uploaded = await cloud.uploadFile({ cloudPath: 'ledgers/xinsheng/2026-12-complaints-1.xlsx', fileContent: bytes });
    const links = await cloud.getTempFileURL({ fileList: [{ fileID: uploaded.fileID, maxAge: 3600 }] as unknown as string[] });
    expect(links.fileList[0]).toMatchObject({ fileID: uploaded.fileID, status: 0 });
    const res = await fetch(links.fileList[0].tempFileURL);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  test('paths that would leave the storage root are refused', async () => {
    const error = await rejection(suite.sdk.cloud.uploadFile({ cloudPath: '../escape.txt', fileContent: Buffer.from('x') }));
    expect(String(error.errMsg)).toContain('invalid cloudPath');
  });
});

describe('openapi', () => {
  test('msgSecCheck: clean text passes, a listed word is risky content (87014)', async () => {
    const clean = (await suite.cloud.callFunction('openapi', { api: 'msgSecCheck', content: '楼道里的灯坏了，麻烦修一下' }, 'o1')) as { ok: boolean; res: unknown };
    expect(clean).toEqual({ ok: true, res: { errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok' } });
    const risky = (await suite.cloud.callFunction('openapi', { api: 'msgSecCheck', content: '这是一条违禁词测试消息' }, 'o1')) as { ok: boolean; errCode: number; errMsg: string };
    expect(risky).toEqual({ ok: false, errCode: 87014, errMsg: 'openapi.security.msgSecCheck:fail risky content' });
  });

  test('msgSecCheck version 2 answers suggest/label', async () => {
    const res = (await suite.cloud.callFunction('openapi', { api: 'msgSecCheckV2', content: '赌博' }, 'o2')) as { ok: boolean; res: unknown };
    expect(res).toMatchObject({ ok: true, res: { errCode: 0, result: { suggest: 'risky', label: 20001 } } });
  });

  test('an API the function\'s config.json does not declare fails with CloudBase\'s -604101, and nothing is sent', async () => {
    const before = suite.cloud.subscribeMessages().length;
    const denied = (await suite.cloud.callFunction('openapi-limited', { api: 'subscribe', text: '不该发出' }, 'openid-limited')) as { ok: boolean; errCode: number; errMsg: string };
    expect(denied).toEqual({ ok: false, errCode: -604101, errMsg: 'system error: error code: -604101' });
    expect(suite.cloud.subscribeMessages()).toHaveLength(before);
    const declared = (await suite.cloud.callFunction('openapi-limited', { api: 'msgSecCheck', content: '你好' }, 'openid-limited')) as { ok: boolean };
    expect(declared.ok).toBe(true);
  });

  test('a function without config.json may call no API at all', async () => {
    const res = await suite.sdk.asUser('openid-outside', (cloud) => rejection(cloud.openapi.security.msgSecCheck({ content: '你好' })));
    expect(res).toMatchObject({ errCode: -604101 });
  });

  test('subscribeMessage.send is recorded and readable', async () => {
    const res = (await suite.cloud.callFunction('openapi', { api: 'subscribe', text: '您的心愿已被认领' }, 'openid-sub')) as { ok: boolean };
    expect(res.ok).toBe(true);
    const sent = suite.cloud.subscribeMessages();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ touser: 'openid-sub', templateId: 'tmpl-local-1', page: 'pages/index/index', data: { thing1: { value: '您的心愿已被认领' } } });
    expect(sent[0].sentAt).toBeInstanceOf(Date);
    const overHttp = (await (await fetch(`${suite.cloud.url}/__cloud/subscribeMessages`)).json()) as Array<{ touser: string }>;
    expect(overHttp.map((m) => m.touser)).toEqual(['openid-sub']);
  });
});

describe('dev bridge over raw HTTP', () => {
  test('callFunction with x-wx-openid answers { result }', async () => {
    const res = await postJson(`${suite.cloud.url}/__cloud/callFunction`, { name: 'whoami', data: { action: 'hello' } }, { 'x-wx-openid': 'openid-bridge' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      result: expect.objectContaining({
        context: { OPENID: 'openid-bridge', APPID: 'wx-local-app', ENV: 'local-env' },
        event: { action: 'hello', userInfo: { appId: 'wx-local-app', openId: 'openid-bridge' } },
      }),
    });
  });

  test('errors answer a non-2xx status with errCode/errMsg', async () => {
    const failed = await postJson(`${suite.cloud.url}/__cloud/callFunction`, { name: 'boom', data: {} }, { 'x-wx-openid': 'o' });
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({ errCode: -504002 });
    const missing = await postJson(`${suite.cloud.url}/__cloud/callFunction`, { name: 'nope', data: {} });
    expect(missing.status).toBe(404);
    const bad = await postJson(`${suite.cloud.url}/__cloud/callFunction`, { data: {} });
    expect(bad.status).toBe(400);
  });

  test('uploadFile, getTempFileURL, files', async () => {
    const up = await postJson(`${suite.cloud.url}/__cloud/uploadFile`, { cloudPath: 'bridge/note.txt', contentBase64: Buffer.from('你好').toString('base64') }, { 'x-wx-openid': 'o' });
    expect(up.status).toBe(200);
    const { fileID } = up.body as { fileID: string };
    expect(fileID).toMatch(/^cloud:\/\/.+\/bridge\/note\.txt$/);
    const urls = await postJson(`${suite.cloud.url}/__cloud/getTempFileURL`, { fileList: [fileID, 'cloud://x/none.txt'] });
    const list = (urls.body as { fileList: Array<{ fileID: string; tempFileURL: string; status: number }> }).fileList;
    expect(list[0]).toMatchObject({ fileID, status: 0 });
    expect(list[1]).toMatchObject({ status: -503003, tempFileURL: '' });
    const file = await fetch(list[0].tempFileURL);
    expect(file.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await file.text()).toBe('你好');
  });

  test('fireTimer and health', async () => {
    const fired = await postJson(`${suite.cloud.url}/__cloud/fireTimer`, { name: 'ticker', trigger: 'hourly' });
    expect(fired.status).toBe(200);
    expect(fired.body).toEqual({ result: expect.objectContaining({ event: expect.objectContaining({ Type: 'Timer', TriggerName: 'hourly' }), openid: null }) });
    const later = await postJson(`${suite.cloud.url}/__cloud/fireTimer`, { name: 'ticker', time: '2027-01-04T09:30:00+08:00' });
    expect(later.status).toBe(200);
    expect((later.body as { result: { event: { Time: string } } }).result.event.Time).toBe('2027-01-04T01:30:00Z');
    const badTime = await postJson(`${suite.cloud.url}/__cloud/fireTimer`, { name: 'ticker', time: 'next tuesday' });
    expect(badTime.status).toBe(400);
    const health = await fetch(`${suite.cloud.url}/__cloud/health`);
    expect(await health.json()).toEqual({ ok: true });
  });
});
