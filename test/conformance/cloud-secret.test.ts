/**
 * Each start of the local cloud has a secret of its own (or the one its starter gives): /admin serves only
 * requests signed with it, its functions are handed it, and test identity tokens count only where the
 * cloud was started for tests.
 */
import { signedAdminHeaders } from '../../emulator/testing';
import { startSuite } from './helpers';
import type { Suite } from './helpers';

let first: Suite;
let second: Suite;

beforeAll(async () => {
  first = await startSuite();
  second = await startSuite({ acceptTestTokens: false });
});

afterAll(async () => {
  await first.stop();
  await second.stop();
});

const query = { action: 'database.getDocument', collectionName: 'ticks', queryType: 'WHERE' };

async function signedPost(url: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(query) });
  return (await res.json()) as Record<string, unknown>;
}

interface WhoAmI {
  context: { OPENID?: string };
}

test('every start makes a random secret of its own, and one cloud refuses requests signed for another', async () => {
  expect(first.cloud.secret.secretId).not.toBe(second.cloud.secret.secretId);
  expect(first.cloud.secret.secretKey).not.toBe(second.cloud.secret.secretKey);
  expect(first.cloud.secret.secretKey.length).toBeGreaterThanOrEqual(32);
  const own = await signedPost(first.cloud.adminUrl, signedAdminHeaders(first.cloud.adminUrl, query, first.cloud.secret));
  expect(own).toMatchObject({ data: { list: [] } });
  const foreign = await signedPost(first.cloud.adminUrl, signedAdminHeaders(first.cloud.adminUrl, query, second.cloud.secret));
  expect(foreign).toMatchObject({ code: 'AuthFailure.SecretIdNotFound' });
  const oldConstant = await signedPost(first.cloud.adminUrl, signedAdminHeaders(first.cloud.adminUrl, query, { secretId: 'local-secret-id', secretKey: 'local-secret-key' }));
  expect(oldConstant).toMatchObject({ code: 'AuthFailure.SecretIdNotFound' });
});

test('functions are handed the secret: a function calls another through its SDK', async () => {
  const res = (await second.cloud.callFunction('caller', { target: 'whoami' }, 'openid-nested')) as { result: WhoAmI };
  expect(res.result.context.OPENID).toBe('openid-nested');
});

test('a secret given at the start is the one checked', async () => {
  const secret = { secretId: 'given-secret-id', secretKey: 'a-given-secret-key-of-the-starter' };
  const given = await startSuite({ secret });
  try {
    expect(given.cloud.secret).toEqual(secret);
    const res = await given.sdk.asUser(undefined, () => given.sdk.db.collection('ticks').count());
    expect(res.total).toBe(0);
    const served = await signedPost(given.cloud.adminUrl, signedAdminHeaders(given.cloud.adminUrl, query, secret));
    expect(served).toMatchObject({ data: { list: [] } });
  } finally {
    await given.stop();
  }
});

test('a test identity token names the caller only on a cloud started for tests', async () => {
  const viaTestCloud = await first.sdk.asUser('openid-token', async (cloud) => (await cloud.callFunction({ name: 'whoami', data: {} })).result as WhoAmI);
  expect(viaTestCloud.context.OPENID).toBe('openid-token');
  const viaOther = await second.sdk.asUser('openid-token', async (cloud) => (await cloud.callFunction({ name: 'whoami', data: {} })).result as WhoAmI);
  expect(viaOther.context.OPENID).toBeUndefined();
});
