/** Starts a local cloud for one conformance suite: free port, temp data dir, fixture functions. */
import { join } from 'node:path';
import type { ApiSecret, LocalCloud, LocalCloudOptions } from '../../emulator';
import { connectSdk, signedAdminHeaders, startThrowawayCloud } from '../../emulator/testing';
import type { SdkConnection } from '../../emulator/testing';

export const FIXTURE_FUNCTIONS = join(__dirname, 'fixtures', 'functions');

export interface Suite {
  cloud: LocalCloud;
  sdk: SdkConnection;
  dataDir: string;
  stop(): Promise<void>;
}

/** Each running suite's secret, by the origin of its cloud: postJson signs for the cloud it posts to. */
const secrets = new Map<string, ApiSecret>();

export async function startSuite(options: Omit<LocalCloudOptions, 'port' | 'dataDir'> = {}): Promise<Suite> {
  const cloud = await startThrowawayCloud({ functionsDir: FIXTURE_FUNCTIONS, ...options });
  const origin = new URL(cloud.url).origin;
  secrets.set(origin, cloud.secret);
  const stop = async (): Promise<void> => {
    secrets.delete(origin);
    await cloud.stop();
  };
  return { cloud, sdk: connectSdk(cloud), dataDir: cloud.dataDir, stop };
}

function secretFor(url: string): ApiSecret {
  const secret = secrets.get(new URL(url).origin);
  if (!secret) throw new Error(`no running suite serves ${url}`);
  return secret;
}

/** The rejection of an SDK call, for asserting errCode / errMsg. */
export async function rejection(promise: Promise<unknown>): Promise<{ errCode?: unknown; errMsg?: unknown; code?: unknown; message?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { errCode?: unknown; errMsg?: unknown };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Posts JSON to a suite's local cloud (signed like the SDK, with that cloud's secret, when it goes to /admin) and returns status + parsed body. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const signed = new URL(url).pathname === '/admin' ? signedAdminHeaders(url, body as Record<string, unknown>, secretFor(url)) : {};
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signed, ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as unknown };
}
