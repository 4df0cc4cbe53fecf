/**
 * The admin endpoint acts only on what it defines: an action or API name never reaches
 * Object.prototype, and a signed body cannot carry a second spelling of a parameter.
 */
import { signedAdminHeaders } from '../../emulator/testing';
import { postJson, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(() => suite.stop());

describe('action names', () => {
  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'a signed request with action %p is an unknown action, and reveals nothing',
    async (action) => {
      const res = await postJson(suite.cloud.adminUrl, { action });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        code: 'INVALID_PARAM',
        message: `[InvalidParameter.Action] action ${action} is not supported by the local cloud`,
        requestId: expect.any(String),
      });
      expect(JSON.stringify(res.body)).not.toContain(suite.dataDir);
    },
  );
});

async function postText(url: string, text: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: text });
  return (await res.json()) as Record<string, unknown>;
}

describe('a signed body names each parameter once', () => {
  const signedQuery = { action: 'database.getDocument', collectionName: 'notes', queryType: 'WHERE' };

  beforeAll(async () => {
    await suite.sdk.db.collection('notes').add({ data: { _id: 'kept', text: '留着' } });
  });

  test.each([
    ['a second spelling before it', '{"action":"database.deleteDocument","Action":"database.getDocument","collectionName":"notes","queryType":"WHERE","query":"{}"}'],
    ['an upper-case spelling after it', '{"action":"database.getDocument","collectionName":"notes","queryType":"WHERE","ACTION":"database.deleteDocument"}'],
    ['a spelling with a leading space', '{" action":"database.getDocument","action":"database.deleteDocument","collectionName":"notes","queryType":"WHERE"}'],
    ['a spelling with a trailing space', '{"action":"database.deleteDocument","action ":"database.getDocument","collectionName":"notes","queryType":"WHERE"}'],
  ])('a replayed signed request with %s of action is refused and runs nothing', async (_label, text) => {
    const headers = signedAdminHeaders(suite.cloud.adminUrl, signedQuery, suite.cloud.secret);
    const res = await postText(suite.cloud.adminUrl, text, headers);
    expect(res).toMatchObject({ code: 'AuthFailure.SignatureFailure' });
    expect(String(res.message)).toMatch(/^\[AuthFailure\.SignatureFailure\] the body parameter/);
    const left = await suite.sdk.db.collection('notes').doc('kept').get();
    expect(left.data).toEqual({ _id: 'kept', text: '留着' });
  });

  test('an empty key is refused', async () => {
    const headers = signedAdminHeaders(suite.cloud.adminUrl, signedQuery, suite.cloud.secret);
    const res = await postText(suite.cloud.adminUrl, JSON.stringify({ ...signedQuery, '': 'x' }), headers);
    expect(res).toMatchObject({ code: 'AuthFailure.SignatureFailure', message: '[AuthFailure.SignatureFailure] the body parameter "" is empty or has surrounding spaces' });
  });

  test('the same request as signed is served', async () => {
    const headers = signedAdminHeaders(suite.cloud.adminUrl, signedQuery, suite.cloud.secret);
    const res = await postText(suite.cloud.adminUrl, JSON.stringify(signedQuery), headers);
    expect(res).toMatchObject({ data: { list: [expect.stringContaining('kept')] } });
  });
});
