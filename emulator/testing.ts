/**
 * Helpers for tests that need the real wx-server-sdk in the test process, pointed at a running
 * local cloud. The SDK reads its endpoint and the caller identity from process.env, so code run
 * "as a cloud function" here is serialised: one identity at a time in this process. Use
 * LocalCloud.callFunction (worker threads) when calls must truly run concurrently. Requests are signed
 * with the running cloud's own secret (LocalCloud.secret).
 */
import { sign } from '@cloudbase/signature-nodejs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiSecret } from './config';
import { TEST_TOKEN_PREFIX } from './functions/identity';
import type { LocalCloud, LocalCloudOptions } from './index';
import { startLocalCloud } from './index';
import type { SdkCloudApi, SdkDatabaseApi } from './testing-types';

export type { SdkAggregate, SdkCloudApi, SdkCollection, SdkDatabaseApi, SdkDocument, SdkQuery, SdkTransaction } from './testing-types';
export type WxServerSdk = typeof import('wx-server-sdk');

export interface SdkConnection {
  /** The wx-server-sdk module, initialised with DYNAMIC_CURRENT_ENV (promise-form typings). */
  cloud: SdkCloudApi;
  /** cloud.database(), with promise-form typings. */
  db: SdkDatabaseApi;
  /** The module with its own typings. */
  module: WxServerSdk;
  /** Runs `fn` with getWXContext() answering `openid` (serialised with other asUser calls). */
  asUser<T>(openid: string | undefined, fn: (cloud: SdkCloudApi) => Promise<T>): Promise<T>;
}

const IDENTITY_KEYS = ['WX_OPENID', 'WX_APPID', 'WX_CONTEXT_KEYS', 'WX_API_TOKEN'] as const;
let queue: Promise<unknown> = Promise.resolve();

/** Where a running local cloud takes admin requests, and the secret it checks them against (a LocalCloud is one). */
export interface CloudEndpoint {
  adminUrl: string;
  secret: ApiSecret;
}

function pointAt({ adminUrl, secret }: CloudEndpoint): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: adminUrl });
  // The local cloud's own secret: it verifies the SDK's signature of every request.
  process.env.TENCENTCLOUD_SECRETID = secret.secretId;
  process.env.TENCENTCLOUD_SECRETKEY = secret.secretKey;
  // As inside Tencent Cloud: stops node-sdk probing the cloud metadata host on every request.
  process.env.TENCENTCLOUD = 'true';
}

function setIdentity(openid: string | undefined, appId: string): void {
  if (openid) {
    process.env.WX_OPENID = openid;
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID,WX_API_TOKEN';
    process.env.WX_API_TOKEN = `${TEST_TOKEN_PREFIX}${openid}`;
  } else {
    delete process.env.WX_OPENID;
    process.env.WX_CONTEXT_KEYS = 'WX_APPID';
    delete process.env.WX_API_TOKEN;
  }
  process.env.WX_APPID = appId;
}

/**
 * Points the in-process wx-server-sdk at a running local cloud (a LocalCloud, or its adminUrl and secret).
 * With `openid`, getWXContext() answers that user outside asUser() as well; the cloud must accept test
 * tokens for a call to run as that user (startThrowawayCloud does).
 */
export function connectSdk(endpoint: CloudEndpoint, openid?: string, appId = 'wx-local-app'): SdkConnection {
  const target: CloudEndpoint = { adminUrl: endpoint.adminUrl, secret: endpoint.secret };
  pointAt(target);
  if (openid) setIdentity(openid, appId);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the environment points at the cloud
  const cloud = require('wx-server-sdk') as WxServerSdk;
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  // The SDK's typings union results with void/string (callback overloads); these views describe the promise form.
  const api = cloud as unknown as SdkCloudApi;
  const db = cloud.database() as unknown as SdkDatabaseApi;

  function asUser<T>(user: string | undefined, fn: (sdk: SdkCloudApi) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const saved = IDENTITY_KEYS.map((key) => [key, process.env[key]] as const);
      pointAt(target);
      setIdentity(user, appId);
      try {
        return await fn(api);
      } finally {
        for (const [key, value] of saved) {
          if (value === undefined) delete process.env[key];
          else process.env[key] = value;
        }
      }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  return { cloud: api, db, module: cloud, asUser };
}

/**
 * Headers that sign a raw JSON POST to the admin endpoint the way @cloudbase/node-sdk signs it (the SDK's
 * own signer), by `secret` (LocalCloud.secret for a request it should serve). For tests that speak the
 * protocol by hand.
 */
export function signedAdminHeaders(url: string, body: Record<string, unknown>, secret: ApiSecret): Record<string, string> {
  const headers = { 'content-type': 'application/json', host: new URL(url).host, 'user-agent': 'grid-home-tests' };
  const { authorization, timestamp } = sign({
    secretId: secret.secretId,
    secretKey: secret.secretKey,
    method: 'post',
    url,
    headers,
    params: body,
    withSignedParams: true,
    timestamp: Math.floor(Date.now() / 1000) - 1,
  });
  // fetch sets Host itself (from the URL, as signed).
  return { 'content-type': headers['content-type'], 'user-agent': headers['user-agent'], authorization, 'x-timestamp': String(timestamp), 'x-signature-expires': '600' };
}

/** Runs an arbitrary async function "as a cloud function" called by `openid`. */
export function runAsCloudFunction<T>(endpoint: CloudEndpoint, openid: string | undefined, fn: (cloud: SdkCloudApi) => Promise<T>): Promise<T> {
  return connectSdk(endpoint).asUser(openid, fn);
}

/**
 * A local cloud for one test suite or benchmark: a free port, a data folder of its own (which `stop`
 * removes again), a random secret (`cloud.secret`), and test identity tokens accepted.
 */
export async function startThrowawayCloud(options: Omit<LocalCloudOptions, 'port' | 'dataDir'> = {}): Promise<LocalCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'grid-home-cloud-'));
  const cloud = await startLocalCloud({ quiet: true, acceptTestTokens: true, ...options, port: 0, dataDir });
  return {
    ...cloud,
    async stop() {
      await cloud.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
