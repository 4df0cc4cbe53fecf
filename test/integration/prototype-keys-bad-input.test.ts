/**
 * `__proto__`, `constructor` and `prototype` keys, sent as raw JSON through the dev bridge (JSON.parse makes
 * them own properties, exactly as the platform hands them to a function), are refused like unknown keys
 * and change nothing.
 */
import type { Reply } from '@contract/reply';
import type { WishCard, WishPage } from '@contract/wish';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.stop();
});

/** POSTs `body` verbatim (a JSON text, so `__proto__` stays a key) to the bridge, as `openid`. */
async function rawCall(openid: string, body: string): Promise<Reply<unknown>> {
  const response = await fetch(`${t.cloud.url}/__cloud/callFunction`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body,
  });
  const json = (await response.json()) as { result?: Reply<unknown> };
  if (!json.result) throw new Error(`bridge answered ${response.status}: ${JSON.stringify(json)}`);
  return json.result;
}

async function aPublishedWish(): Promise<WishCard> {
  const page = await t.ok<WishPage>('demo-volunteer', 'wishes', 'list');
  const wish = page.items.find((item) => item.status === 'published');
  if (!wish) throw new Error('the demo seed has no published wish');
  return wish;
}

describe('prototype keys', () => {
  test('claim with the id inside "__proto__" is refused and claims nothing', async () => {
    const wish = await aPublishedWish();
    const before = await t.snapshot(['wishes', 'users', 'events']);
    const reply = await rawCall('demo-volunteer', `{"name":"wishes","data":{"action":"claim","__proto__":{"id":"${wish.id}"}}}`);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: [{ path: '__proto__' }] } });
    expect(await t.snapshot(['wishes', 'users', 'events'])).toEqual(before);
  });

  test('updateProfile with {"__proto__":{"elderMode":true}} is refused and saves nothing', async () => {
    const before = await t.snapshot(['users', 'events']);
    const reply = await rawCall('demo-resident', '{"name":"users","data":{"action":"updateProfile","__proto__":{"elderMode":true}}}');
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.snapshot(['users', 'events'])).toEqual(before);
  });

  test.each([
    ['a nested "__proto__"', '{"action":"updateProfile","name":"王五","x":{"__proto__":{"a":1}}}', 'x.__proto__'],
    ['"constructor" at the top', '{"action":"updateProfile","constructor":{"prototype":{"elderMode":true}}}', 'constructor'],
    ['"prototype" inside an array', '{"action":"updateProfile","name":"王五","y":[{"prototype":1}]}', 'y.0.prototype'],
  ])('%s is refused with its path', async (_, data, path) => {
    const before = await t.snapshot(['users']);
    const reply = await rawCall('demo-resident', `{"name":"users","data":${data}}`);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: [{ path }] } });
    expect(await t.snapshot(['users'])).toEqual(before);
  });

  test('the same claim with the id as a plain field still works', async () => {
    const wish = await aPublishedWish();
    const reply = await rawCall('demo-volunteer', `{"name":"wishes","data":{"action":"claim","id":"${wish.id}"}}`);
    expect(reply).toMatchObject({ ok: true, data: { id: wish.id, status: 'claimed' } });
  });
});
