/**
 * The local cloud: a CloudBase admin-protocol server that the real, unmodified wx-server-sdk talks to,
 * plus the function runner, storage, openapi stand-ins and the dev bridge.
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { AdminContext } from './admin/dispatch';
import type { ApiSecret } from './config';
import { DEFAULT_APP_ID, DEFAULT_ENV_ID, dataDirFrom, functionsDirFrom, generateSecret, portFrom } from './config';
import { Database } from './db/engine';
import { callAsClient, parseResult, toCloudCallError } from './functions/client-call';
import { CallerTokens } from './functions/identity';
import { DEFAULT_SETTINGS } from './functions/registry';
import { FunctionRunner } from './functions/runner';
import { Timers } from './functions/timers';
import { createHttpServer } from './http/server';
import type { SubscribeMessageRecord } from './openapi/services';
import { DEFAULT_WORD_LIST, loadWordList } from './openapi/wordlist';
import { UploadGrants } from './storage/actions';
import { FileStore } from './storage/files';
import { DatabaseMeter } from './admin/meter';

export { CloudCallError } from './functions/client-call';
export type { SubscribeMessageRecord } from './openapi/services';
export type { ApiSecret } from './config';

export interface LocalCloudOptions {
  port?: number; // 0 = pick a free port; default from LOCAL_CLOUD_PORT or 9400
  dataDir?: string; // default LOCAL_CLOUD_DATA or <repo>/.local-cloud/data
  functionsDir?: string; // default <repo>/cloudfunctions
  seed?: Record<string, Array<Record<string, unknown>>>; // collection -> documents, inserted only when the data dir is fresh
  staticDir?: string;
  schedule?: boolean; // run timers on their cron
  functionEnv?: Record<string, string>;
  instancesPerFunction?: number;
  quiet?: boolean;
  /** Answer DATABASE_COLLECTION_NOT_EXIST for collections never created (CloudBase behaviour). Default false. */
  strictCollections?: boolean;
  /** Transaction time limit (CloudBase: 30 s) and a plain write's wait for a transaction lock (default 5 s), in ms. */
  transactionLimitMs?: number;
  lockWaitMs?: number;
  /** Environment id reported by getWXContext().ENV and used in fileIDs. Default 'local-env'. */
  envId?: string;
  /** getWXContext().APPID. Default 'wx-local-app'. */
  appId?: string;
  /** Word list for security.msgSecCheck. Default emulator/openapi/banned-words.txt. */
  bannedWordsFile?: string;
  /**
   * Timeout of a function that `<functionsDir>/function-settings.json` leaves out. Default 3 s, as on
   * CloudBase; the settings file is where production timeouts live (see DEPLOY.md).
   */
  functionTimeoutSeconds?: number;
  /**
   * Browser origins allowed besides the local cloud's own (e.g. the h5 dev server, see
   * config.devServerOrigins). Requests from any other Origin are refused. Default none.
   */
  allowedOrigins?: readonly string[];
  /**
   * The secret /admin requests must be signed with, handed to the functions. Default: a random one made
   * at this start (LocalCloud.secret tells it to whoever started the cloud).
   */
  secret?: ApiSecret;
  /**
   * Accept `local-test-openid:<openid>` API tokens (emulator/testing.ts) as that caller. Default false;
   * startThrowawayCloud turns it on.
   */
  acceptTestTokens?: boolean;
}

export interface LocalCloud {
  url: string;
  port: number;
  adminUrl: string;
  dataDir: string;
  /** The secret /admin requests are signed with (the functions' TENCENTCLOUD_SECRETID / SECRETKEY). */
  secret: ApiSecret;
  callFunction(name: string, data: Record<string, unknown>, openid?: string): Promise<unknown>; // same path as the bridge
  /** Runs a timer trigger now, as of `time` (the timer event's Time; default now). */
  fireTimer(functionName: string, triggerName?: string, time?: Date): Promise<unknown>;
  subscribeMessages(): ReadonlyArray<{ touser: string; templateId: string; page?: string; data: unknown; sentAt: Date }>;
  /** Database requests served so far, by protocol action (e.g. `database.getDocument`). */
  databaseRequests(): Record<string, number>;
  stop(): Promise<void>;
}

function listen(server: ReturnType<typeof createHttpServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(error.code === 'EADDRINUSE' ? new Error(`local cloud: port ${port} on 127.0.0.1 is already in use`) : error);
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function workerEnv(adminUrl: string, envId: string, secret: ApiSecret, extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('WX_') && key !== 'TENCENTCLOUD_SESSIONTOKEN' && key !== 'TENCENTCLOUD_RUNENV') env[key] = value;
  }
  return {
    ...env,
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrl }),
    // The SDK signs every request with these; /admin refuses any other signature.
    TENCENTCLOUD_SECRETID: secret.secretId,
    TENCENTCLOUD_SECRETKEY: secret.secretKey,
    TCB_ENV: envId,
    SCF_NAMESPACE: envId,
    // Functions run "inside Tencent Cloud": stops node-sdk probing the cloud metadata host on every request.
    TENCENTCLOUD: 'true',
    ...extra,
  };
}

export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  const quiet = options.quiet ?? false;
  const log = quiet ? (): void => undefined : (message: string): void => console.log(`[local cloud] ${message}`);
  const dataDir = dataDirFrom(options.dataDir);
  const functionsDir = functionsDirFrom(options.functionsDir);
  const envId = options.envId ?? DEFAULT_ENV_ID;
  const appId = options.appId ?? DEFAULT_APP_ID;
  const secret = options.secret ?? generateSecret();
  await mkdir(dataDir, { recursive: true });

  const db = await Database.open(dataDir, {
    strictCollections: options.strictCollections,
    transactionLimitMs: options.transactionLimitMs,
    lockWaitMs: options.lockWaitMs,
  });
  if (db.fresh && options.seed) await db.seed(options.seed);
  else if (options.seed) await db.ensureCollections(Object.keys(options.seed));

  let baseUrl = '';
  const tokens = new CallerTokens(options.acceptTestTokens ?? false);
  const subscribeMessages: SubscribeMessageRecord[] = [];
  const storage = { files: new FileStore(path.join(dataDir, 'storage'), envId), grants: new UploadGrants(), baseUrl: () => baseUrl };
  const runnerEnv: Record<string, string> = {};
  const runner = new FunctionRunner({
    functionsDir,
    instancesPerFunction: options.instancesPerFunction ?? 4,
    baseEnv: runnerEnv,
    appId,
    envId,
    quiet,
    tokens,
    defaultTimeoutSeconds: options.functionTimeoutSeconds ?? DEFAULT_SETTINGS.timeoutSeconds,
  });
  const timers = new Timers(functionsDir, runner, log);
  const meter = new DatabaseMeter();
  const admin: AdminContext = {
    db,
    meter,
    storage,
    runner,
    tokens,
    openapi: { bannedWords: loadWordList(options.bannedWordsFile ?? DEFAULT_WORD_LIST), subscribeMessages },
    secret,
    log,
  };
  let port = 0;
  const server = createHttpServer({
    admin,
    bridge: { runner, timers, storage, subscribeMessages: () => subscribeMessages },
    origin: { port: () => port, allowedOrigins: options.allowedOrigins ?? [] },
    staticDir: options.staticDir,
  });

  try {
    port = await listen(server, portFrom(options.port));
  } catch (error) {
    await db.close();
    throw error;
  }
  baseUrl = `http://127.0.0.1:${port}`;
  const adminUrl = `${baseUrl}/admin`;
  Object.assign(runnerEnv, workerEnv(adminUrl, envId, secret, options.functionEnv ?? {}));
  if (options.schedule) timers.start();
  log(`listening on ${baseUrl} (data: ${dataDir})`);

  let stopped: Promise<void> | null = null;
  return {
    url: baseUrl,
    port,
    adminUrl,
    dataDir,
    secret,
    callFunction: (name, data, openid) => callAsClient(runner, name, data, openid),
    async fireTimer(functionName, triggerName, time) {
      const result = await timers.fire(functionName, triggerName, time);
      if (!result.ok) throw toCloudCallError(result);
      return parseResult(result.json);
    },
    subscribeMessages: () => subscribeMessages.map((message) => ({ ...message })),
    databaseRequests: () => meter.snapshot(),
    stop() {
      stopped ??= (async () => {
        timers.stop();
        await runner.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await db.close();
      })();
      return stopped;
    },
  };
}
