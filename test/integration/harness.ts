/**
 * Starts a seeded local cloud on a free port for one suite, and calls functions through it
 * exactly as the mini-program does: the real function bundles, the real wx-server-sdk.
 */
import type { Reply } from '@contract/reply';
import type { LocalCloud } from '../../emulator';
import { connectSdk, startThrowawayCloud } from '../../emulator/testing';
import { demoSeed } from '../../emulator/seed';
import { asDeployed } from '../../emulator/seed/deployed';
import type { SeedDocuments } from '../../emulator/seed';

export interface TestCloud {
  cloud: LocalCloud;
  /** Calls `name` with `{ action, ...input }` as the user `openid`. */
  call<T = unknown>(openid: string, name: string, action: string, input?: Record<string, unknown>): Promise<Reply<T>>;
  /** Calls and expects success; fails the test with the refusal otherwise. */
  ok<T = unknown>(openid: string, name: string, action: string, input?: Record<string, unknown>): Promise<T>;
  /** Starts `instances` instances of a function (with a harmless call each) so a race that follows runs truly in parallel. */
  warm(name: string, action: string, instances: number): Promise<void>;
  /** Every document of the collections named, sorted by _id: to prove a refusal changed nothing. */
  snapshot(collections: string[]): Promise<Record<string, unknown[]>>;
  /** Documents of one collection matching a filter (a raw look, as an auditor would). */
  find<T = Record<string, unknown>>(collection: string, filter?: Record<string, unknown>): Promise<T[]>;
  /** How many documents of one collection match a filter (beyond what one read returns). */
  count(collection: string, filter?: Record<string, unknown>): Promise<number>;
  stop(): Promise<void>;
}

export interface StartOptions {
  seed?: SeedDocuments;
  functionEnv?: Record<string, string>;
  /** Concurrent instances per function; races need several warm ones to be real races. */
  instancesPerFunction?: number;
}

function idOf(doc: unknown): unknown {
  return (doc as { _id?: unknown })._id;
}

export async function startTestCloud(options: StartOptions = {}): Promise<TestCloud> {
  const cloud = await startThrowawayCloud({
    ...asDeployed(options.seed ?? demoSeed()),
    functionEnv: options.functionEnv,
    instancesPerFunction: options.instancesPerFunction,
  });

  async function call<T>(openid: string, name: string, action: string, input: Record<string, unknown> = {}) {
    return (await cloud.callFunction(name, { action, ...input }, openid)) as Reply<T>;
  }

  async function ok<T>(openid: string, name: string, action: string, input: Record<string, unknown> = {}) {
    const reply = await call<T>(openid, name, action, input);
    if (!reply.ok) throw new Error(`${name}.${action} as ${openid} refused: ${JSON.stringify(reply.error)}`);
    return reply.data;
  }

  const { db } = connectSdk(cloud);

  async function find<T>(collection: string, filter: Record<string, unknown> = {}): Promise<T[]> {
    const result = await db.collection(collection).where(filter).limit(1000).get();
    return [...(result.data as T[])].sort((a, b) => String(idOf(a)).localeCompare(String(idOf(b))));
  }

  async function count(collection: string, filter: Record<string, unknown> = {}): Promise<number> {
    return (await db.collection(collection).where(filter).count()).total;
  }

  async function snapshot(collections: string[]) {
    const entries = await Promise.all(collections.map(async (name) => [name, await find(name)] as const));
    return Object.fromEntries(entries);
  }

  async function warm(name: string, action: string, instances: number) {
    await Promise.all(Array.from({ length: instances }, (_, index) => call(`warm-up-${index}`, name, action)));
  }

  return {
    cloud,
    warm,
    call,
    ok,
    find,
    count,
    snapshot,
    stop: () => cloud.stop(),
  };
}
