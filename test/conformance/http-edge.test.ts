/**
 * The HTTP edge: hostile payloads are refused before anything is dispatched, browsers of other origins
 * and other host names are refused, and /admin accepts only requests signed with the local cloud's secret.
 */
import { request } from 'node:http';
import { signedAdminHeaders } from '../../emulator/testing';
import { postJson, rejection, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite({ allowedOrigins: ['http://127.0.0.1:10086'] });
});

afterAll(() => suite.stop());

/** `{"a":{"a":…}}` nested `depth` levels, as text (building it as an object would itself be the hazard). */
function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

async function postText(url: string, text: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: text });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A raw request with headers fetch will not let a test set (Host). */
function rawPost(port: number, path: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('nesting limit', () => {
  test('10,000-deep payloads, ten times each to the bridge and to /admin, answer 400 and leave the cloud serving', async () => {
    const deepData = `{"name":"whoami","data":${nested(10_000)}}`;
    for (let i = 0; i < 10; i += 1) {
      const bridge = await postText(`${suite.cloud.url}/__cloud/callFunction`, deepData, { 'x-wx-openid': 'openid-deep' });
      expect(bridge).toEqual({ status: 400, body: { errCode: -1, errMsg: 'request body is nested more than 100 levels deep' } });
      const admin = await postText(suite.cloud.adminUrl, `{"action":"functions.invokeFunction","function_name":"whoami","x":${nested(10_000)}}`);
      expect(admin.status).toBe(400);
      expect(admin.body).toMatchObject({ code: 'INVALID_PARAM', message: 'request body is nested more than 100 levels deep' });
    }
    const normal = (await suite.cloud.callFunction('whoami', { action: 'after' }, 'openid-after')) as { context: { OPENID: string } };
    expect(normal.context.OPENID).toBe('openid-after');
  });

  test('a signed SDK request whose parameters nest 10,000 deep is refused with INVALID_PARAM, and functions still run', async () => {
    for (let i = 0; i < 10; i += 1) {
      const body = { action: 'functions.invokeFunction', function_name: 'whoami', request_data: nested(10_000) };
      const res = await postJson(suite.cloud.adminUrl, body);
      expect(res).toEqual({ status: 200, body: expect.objectContaining({ code: 'INVALID_PARAM', message: '[InvalidParameter] request_data is nested more than 100 levels deep' }) });
    }
    const called = await suite.sdk.asUser('openid-sdk', (cloud) => cloud.callFunction({ name: 'whoami', data: { n: 1 } }));
    expect((called.result as { context: { OPENID: string } }).context.OPENID).toBe('openid-sdk');
  });

  test('100 levels pass', async () => {
    const res = await postText(`${suite.cloud.url}/__cloud/callFunction`, `{"name":"whoami","data":${nested(99)}}`, { 'x-wx-openid': 'o' });
    expect(res.status).toBe(200);
  });
});

describe('origin and host', () => {
  test('no route answers Access-Control-Allow-Origin', async () => {
    const res = await fetch(`${suite.cloud.url}/__cloud/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a browser request from another origin is refused on the bridge and on /admin, before it runs', async () => {
    const bridge = await postJson(`${suite.cloud.url}/__cloud/callFunction`, { name: 'counter', data: {} }, { origin: 'http://evil.example' });
    expect(bridge).toEqual({ status: 403, body: { errCode: -1, errMsg: 'cross-origin request from http://evil.example refused' } });
    // Even correctly signed: a page must not act through the developer's machine.
    const admin = await postJson(suite.cloud.adminUrl, { action: 'database.getDocument', collectionName: 'ticks', queryType: 'WHERE' }, { origin: 'http://evil.example' });
    expect(admin.status).toBe(403);
    const preflight = await fetch(`${suite.cloud.url}/__cloud/callFunction`, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    // The refused call never reached the function: its first real call is its first.
    expect(await suite.cloud.callFunction('counter', {})).toMatchObject({ calls: 1 });
  });

  test('the same origin and the configured dev-server origin pass', async () => {
    const same = await postJson(`${suite.cloud.url}/__cloud/callFunction`, { name: 'whoami', data: {} }, { origin: suite.cloud.url });
    expect(same.status).toBe(200);
    const dev = await postJson(`${suite.cloud.url}/__cloud/callFunction`, { name: 'whoami', data: {} }, { origin: 'http://127.0.0.1:10086' });
    expect(dev.status).toBe(200);
    const otherPort = await postJson(`${suite.cloud.url}/__cloud/callFunction`, { name: 'whoami', data: {} }, { origin: 'http://127.0.0.1:10087' });
    expect(otherPort.status).toBe(403);
  });

  test('a Host that is not this server on a loopback name is refused (DNS rebinding)', async () => {
    const body = JSON.stringify({ name: 'whoami', data: {} });
    const rebound = await rawPost(suite.cloud.port, '/__cloud/callFunction', { host: `attacker.example:${suite.cloud.port}` }, body);
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toEqual({ errCode: -1, errMsg: `Host attacker.example:${suite.cloud.port} does not name this local cloud` });
    const wrongPort = await rawPost(suite.cloud.port, '/__cloud/callFunction', { host: '127.0.0.1:1' }, body);
    expect(wrongPort.status).toBe(403);
    const localhost = await rawPost(suite.cloud.port, '/__cloud/callFunction', { host: `localhost:${suite.cloud.port}` }, body);
    expect(localhost.status).toBe(200);
  });
});

describe('/admin signature', () => {
  const query = { action: 'database.getDocument', collectionName: 'ticks', queryType: 'WHERE' };

  test('the SDK\'s signed requests are served', async () => {
    const res = await suite.sdk.db.collection('ticks').get();
    expect(res.data).toEqual([]);
    const signed = await postJson(suite.cloud.adminUrl, query);
    expect(signed.body).toEqual(expect.objectContaining({ data: expect.objectContaining({ list: [] }) }));
  });

  test('an unsigned request is refused with an AuthFailure the SDK reports as a system error', async () => {
    const res = await postText(suite.cloud.adminUrl, JSON.stringify(query));
    expect(res).toEqual({
      status: 200,
      body: expect.objectContaining({
        code: 'AuthFailure.InvalidAuthorization',
        message: '[AuthFailure.InvalidAuthorization] the request carries no valid TC3-HMAC-SHA256 Authorization header',
      }),
    });
  });

  test('a request signed with the wrong key, or altered after signing, is refused', async () => {
    const wrongKey = signedAdminHeaders(suite.cloud.adminUrl, query, { secretId: suite.cloud.secret.secretId, secretKey: 'guessed' });
    const forged = await postText(suite.cloud.adminUrl, JSON.stringify(query), wrongKey);
    expect(forged.body).toMatchObject({
      code: 'AuthFailure.SignatureFailure',
      message: '[AuthFailure.SignatureFailure] The provided credentials could not be validated. Please check your signature is correct.',
    });
    const wrongId = signedAdminHeaders(suite.cloud.adminUrl, query, { secretId: 'someone-else', secretKey: suite.cloud.secret.secretKey });
    expect((await postText(suite.cloud.adminUrl, JSON.stringify(query), wrongId)).body).toMatchObject({ code: 'AuthFailure.SecretIdNotFound' });
    const headers = signedAdminHeaders(suite.cloud.adminUrl, query, suite.cloud.secret);
    const altered = await postText(suite.cloud.adminUrl, JSON.stringify({ ...query, collectionName: 'users' }), headers);
    expect(altered.body).toMatchObject({ code: 'AuthFailure.SignatureFailure' });
    const extra = await postText(suite.cloud.adminUrl, JSON.stringify({ ...query, limit: 5 }), headers);
    expect(extra.body).toMatchObject({ code: 'AuthFailure.SignatureFailure' });
  });

  test('the SDK with the wrong secret gets the refusal as errCode -501001', async () => {
    const saved = process.env.TENCENTCLOUD_SECRETKEY;
    const error = await suite.sdk.asUser(undefined, async () => {
      process.env.TENCENTCLOUD_SECRETKEY = 'guessed';
      try {
        return await rejection(suite.sdk.db.collection('ticks').get());
      } finally {
        process.env.TENCENTCLOUD_SECRETKEY = saved;
      }
    });
    expect(error.errCode).toBe(-501001);
    expect(String(error.errMsg)).toContain('[AuthFailure.SignatureFailure]');
  });
});
