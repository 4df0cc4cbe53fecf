/** The function runner: identity per call, errors, nested calls, instances, timeouts, timers. */
import { join } from 'node:path';
import { CloudCallError } from '../../emulator';
import { FunctionPool } from '../../emulator/functions/pool';
import { FIXTURE_FUNCTIONS, rejection, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite({ functionEnv: { EXTRA_SETTING: 'from-options' } });
});

afterAll(() => suite.stop());

interface WhoAmI {
  context: { OPENID?: string; APPID?: string; ENV?: string };
  event: Record<string, unknown>;
  openidAfterWait?: string;
}

test('the event is the caller data plus userInfo; getWXContext answers the caller', async () => {
  const res = (await suite.cloud.callFunction('whoami', { action: 'ping', n: 1 }, 'openid-alpha')) as WhoAmI;
  expect(res.event).toEqual({ action: 'ping', n: 1, userInfo: { appId: 'wx-local-app', openId: 'openid-alpha' } });
  expect(res.context).toEqual({ OPENID: 'openid-alpha', APPID: 'wx-local-app', ENV: 'local-env' });
});

test('50 concurrent calls by 50 different users each see their own OPENID', async () => {
  const openids = Array.from({ length: 50 }, (_, i) => `openid-user-${i}`);
  const results = (await Promise.all(
    openids.map((openid, i) => suite.cloud.callFunction('whoami', { delayMs: (i * 7) % 40 }, openid)),
  )) as WhoAmI[];
  results.forEach((res, i) => {
    expect(res.context.OPENID).toBe(openids[i]);
    expect(res.openidAfterWait).toBe(openids[i]);
    expect((res.event.userInfo as { openId: string }).openId).toBe(openids[i]);
  });
});

test('an uncaught throw reaches the caller as functions execute fail', async () => {
  const error = await rejection(suite.cloud.callFunction('boom', { message: 'kaput' }, 'openid-x'));
  expect(error).toBeInstanceOf(CloudCallError);
  expect(error.errCode).toBe(-504002);
  expect(String(error.errMsg)).toMatch(/^cloud\.callFunction:fail Error: errCode: -504002 functions execute fail \| errMsg: Error: boom: kaput/);
  const typeError = await rejection(suite.cloud.callFunction('boom', { kind: 'type' }));
  expect(String(typeError.errMsg)).toContain('TypeError');
});

test('an unknown function is refused', async () => {
  const error = await rejection(suite.cloud.callFunction('no-such-function', {}));
  expect(String(error.errMsg)).toContain('FunctionName parameter could not be found');
});

test('function-to-function calls go through the admin protocol and keep the user', async () => {
  const res = (await suite.cloud.callFunction('caller', { target: 'whoami', payload: { via: 'caller' } }, 'openid-nested')) as {
    ok: boolean;
    result: WhoAmI;
    self: string;
  };
  expect(res.ok).toBe(true);
  expect(res.self).toBe('openid-nested');
  expect(res.result.context.OPENID).toBe('openid-nested');
  expect(res.result.event).toEqual({ via: 'caller', userInfo: { appId: 'wx-local-app', openId: 'openid-nested' } });
  const failed = (await suite.cloud.callFunction('caller', { target: 'boom' }, 'openid-nested')) as { ok: boolean; errCode: number; errMsg: string };
  expect(failed.ok).toBe(false);
  // node-sdk throws on the error reply and wx-server-sdk's callFunction wraps that Error with errCode -1.
  expect(failed.errCode).toBe(-1);
  expect(failed.errMsg).toMatch(/^callFunction:fail Error: boom: failed/);
});

test('module state survives between calls on an instance, and instances are pooled', async () => {
  const sequential: Array<{ calls: number; instanceId: string }> = [];
  for (let i = 0; i < 3; i += 1) sequential.push((await suite.cloud.callFunction('counter', {})) as { calls: number; instanceId: string });
  expect(sequential.map((r) => r.calls)).toEqual([1, 2, 3]);
  expect(new Set(sequential.map((r) => r.instanceId)).size).toBe(1);
  const parallel = (await Promise.all(Array.from({ length: 12 }, () => suite.cloud.callFunction('slow', { ms: 150 })))) as Array<{ started: number; finished: number }>;
  // 4 instances, one call at a time each: 12 calls of 150 ms need at least 3 rounds.
  const span = Math.max(...parallel.map((r) => r.finished)) - Math.min(...parallel.map((r) => r.started));
  expect(span).toBeGreaterThanOrEqual(440);
  const edges = parallel.flatMap((r) => [{ t: r.started, d: 1 }, { t: r.finished, d: -1 }]).sort((a, b) => a.t - b.t || a.d - b.d);
  let running = 0;
  let maxConcurrent = 0;
  for (const edge of edges) {
    running += edge.d;
    maxConcurrent = Math.max(maxConcurrent, running);
  }
  expect(maxConcurrent).toBe(4);
});

test('the timeout in function-settings.json ends a call that runs too long; the instance is replaced', async () => {
  const error = await rejection(suite.cloud.callFunction('slow', { ms: 3000 }));
  expect(error.errCode).toBe(-504002);
  expect(String(error.errMsg)).toBe(
    'cloud.callFunction:fail Error: errCode: -504002 functions execute fail | errMsg: Invoking task timed out after 1 seconds',
  );
  expect(await suite.cloud.callFunction('slow', { ms: 10 })).toEqual(expect.objectContaining({ started: expect.any(Number) }));
});

test('without a settings entry a function gets CloudBase\'s default 3 s, whatever config.json says', async () => {
  // sleepy/config.json says "timeout": 30, which CloudBase does not read.
  const error = await rejection(suite.cloud.callFunction('sleepy', { ms: 4500 }));
  expect(error.errCode).toBe(-504002);
  expect(String(error.errMsg)).toContain('Invoking task timed out after 3 seconds');
});

test('a function nested in another fails the caller\'s callFunction the way the SDK reports a timed-out callee', async () => {
  const res = (await suite.cloud.callFunction('caller', { target: 'slow', payload: { ms: 3000 } }, 'openid-nested')) as { ok: boolean; errCode: number; errMsg: string };
  expect(res.ok).toBe(false);
  expect(res.errMsg).toContain('Invoking task timed out after 1 seconds');
});

test('functionEnv reaches the function environment', async () => {
  const direct = (await suite.cloud.callFunction('whoami', {})) as { extra: string | null };
  expect(direct.extra).toBe('from-options');
});

test('the in-process SDK (testing helper) calls functions as the user it acts for', async () => {
  const res = await suite.sdk.asUser('openid-env', async (cloud) => {
    const called = await cloud.callFunction({ name: 'caller', data: { target: 'whoami' } });
    return called.result as { result: WhoAmI };
  });
  expect(res.result.context.OPENID).toBe('openid-env');
});

test('timers fire on demand with the timer event and no OPENID', async () => {
  const res = (await suite.cloud.fireTimer('ticker', 'hourly')) as { event: Record<string, unknown>; openid: string | null };
  expect(res.openid).toBeNull();
  expect(res.event).toEqual({ Type: 'Timer', TriggerName: 'hourly', Time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
  const first = (await suite.cloud.fireTimer('ticker')) as { event: { TriggerName: string } };
  expect(first.event.TriggerName).toBe('hourly');
  const ticks = await suite.sdk.db.collection('ticks').where({ trigger: 'hourly' }).count();
  expect(ticks.total).toBe(2);
  await expect(suite.cloud.fireTimer('ticker', 'nightly')).rejects.toThrow('has no timer trigger nightly');
});

test('timers run on their schedule when scheduling is on', async () => {
  const scheduled = await startSuite({ schedule: true });
  try {
    const deadline = Date.now() + 4000;
    let count = 0;
    while (Date.now() < deadline && count < 2) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      count = (await scheduled.sdk.db.collection('ticks').where({ trigger: 'everySecond' }).count()).total;
    }
    expect(count).toBeGreaterThanOrEqual(2);
  } finally {
    await scheduled.stop();
  }
});

test('an event an instance cannot be handed fails that call and resets the instance; the pool keeps serving', async () => {
  const pool = new FunctionPool({ name: 'counter', file: join(FIXTURE_FUNCTIONS, 'counter', 'index.js'), env: {}, maxInstances: 1, quiet: true });
  try {
    for (let i = 0; i < 10; i += 1) {
      // A function cannot be structured-cloned: postMessage throws, as it does for an over-deep event.
      const outcome = await pool.call({ event: { callback: () => i }, context: {}, env: {}, timeoutMs: 3000 });
      expect(outcome).toMatchObject({ ok: false, kind: 'crashed', error: { name: 'DataCloneError' } });
      expect(outcome.ok === false && outcome.error.message).toMatch(/^the call could not be passed to the function instance: /);
    }
    const fine = await pool.call({ event: {}, context: {}, env: {}, timeoutMs: 3000 });
    expect(fine.ok && JSON.parse(fine.json)).toMatchObject({ calls: 1 });
  } finally {
    await pool.close();
  }
});
