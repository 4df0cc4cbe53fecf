/**
 * Runs cloud functions: one pool per function, per-call identity in the instance environment,
 * the event as WeChat builds it. Shared by the dev bridge, functions.invokeFunction and timers.
 */
import { randomBytes } from 'node:crypto';
import { functionErrors } from '../admin/errors';
import type { TcbError } from '../admin/errors';
import type { Caller, CallerTokens } from './identity';
import { FunctionPool } from './pool';
import type { CallOutcome } from './pool';
import { functionFile, modifiedAt, readFunctionConfig, readFunctionSettings } from './registry';

export interface RunnerOptions {
  functionsDir: string;
  instancesPerFunction: number;
  /** Environment every instance starts with (SDK endpoint, secrets, extra variables). */
  baseEnv: Record<string, string>;
  appId: string;
  envId: string;
  quiet: boolean;
  tokens: CallerTokens;
  /** Timeout for a function that function-settings.json leaves out (CloudBase: 3 s). */
  defaultTimeoutSeconds: number;
}

export type Invocation =
  | { source: 'client' | 'function'; caller: Caller; data: Record<string, unknown> }
  | { source: 'timer'; triggerName: string; time: Date };

export type InvokeResult = { ok: true; json: string } | { ok: false; error: TcbError };

interface PoolEntry {
  pool: FunctionPool;
  file: string;
  mtime: number;
}

function requestId(): string {
  return randomBytes(16).toString('hex');
}

export class FunctionRunner {
  private readonly pools = new Map<string, PoolEntry>();

  constructor(private readonly options: RunnerOptions) {}

  /** The pool for a function, replaced when its bundle was rebuilt since the pool started. */
  private poolFor(name: string): PoolEntry | undefined {
    const file = functionFile(this.options.functionsDir, name);
    if (!file) return undefined;
    const mtime = modifiedAt(file);
    const existing = this.pools.get(name);
    if (existing && existing.mtime === mtime) return existing;
    if (existing) void existing.pool.close();
    const config = readFunctionConfig(this.options.functionsDir, name);
    const entry: PoolEntry = {
      file,
      mtime,
      pool: new FunctionPool({
        name,
        file,
        env: { ...this.options.baseEnv, ...config.env },
        maxInstances: this.options.instancesPerFunction,
        quiet: this.options.quiet,
      }),
    };
    this.pools.set(name, entry);
    return entry;
  }

  private eventFor(invocation: Invocation): unknown {
    if (invocation.source === 'timer') {
      return { Type: 'Timer', TriggerName: invocation.triggerName, Time: invocation.time.toISOString().replace(/\.\d{3}Z$/, 'Z') };
    }
    const { openid } = invocation.caller;
    return openid ? { ...invocation.data, userInfo: { appId: this.options.appId, openId: openid } } : { ...invocation.data };
  }

  private envFor(invocation: Invocation, token: string): Record<string, string | null> {
    const timer = invocation.source === 'timer';
    const openid = timer ? undefined : invocation.caller.openid;
    return {
      WX_OPENID: openid ?? null,
      WX_APPID: this.options.appId,
      WX_UNIONID: null,
      // WX_API_TOKEN is listed so the SDK sends it along; getWXContext() never exposes it.
      WX_CONTEXT_KEYS: openid ? 'WX_OPENID,WX_APPID,WX_API_TOKEN' : 'WX_APPID,WX_API_TOKEN',
      WX_API_TOKEN: token,
      WX_TRIGGER_API_TOKEN_V0: timer ? token : null,
      TRIGGER_SRC: timer ? 'timer' : null,
    };
  }

  async invoke(name: string, invocation: Invocation): Promise<InvokeResult> {
    const entry = this.poolFor(name);
    if (!entry) return { ok: false, error: functionErrors.notFound(name) };
    const settings = readFunctionSettings(this.options.functionsDir, name);
    const timeoutSeconds = settings.configured ? settings.timeoutSeconds : this.options.defaultTimeoutSeconds;
    const caller: Caller = invocation.source === 'timer' ? { functionName: name } : { ...invocation.caller, functionName: name };
    const token = this.options.tokens.issue(caller);
    const id = requestId();
    try {
      const outcome = await entry.pool.call({
        event: this.eventFor(invocation),
        context: {
          request_id: id,
          function_name: name,
          function_version: '$LATEST',
          namespace: this.options.envId,
          memory_limit_in_mb: settings.memoryMB,
          time_limit_in_ms: timeoutSeconds * 1000,
          callbackWaitsForEmptyEventLoop: false,
        },
        env: this.envFor(invocation, token),
        timeoutMs: timeoutSeconds * 1000,
      });
      return toResult(outcome, timeoutSeconds);
    } finally {
      this.options.tokens.revoke(token);
    }
  }

  /** The 云调用 APIs a function's config.json declares (read per call: a redeploy applies at once). */
  openApiPermissions(name: string): readonly string[] {
    return functionFile(this.options.functionsDir, name) ? readFunctionConfig(this.options.functionsDir, name).openapi : [];
  }

  hasFunction(name: string): boolean {
    return functionFile(this.options.functionsDir, name) !== undefined;
  }

  async close(): Promise<void> {
    const entries = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(entries.map((entry) => entry.pool.close()));
  }
}

function toResult(outcome: CallOutcome, timeoutSeconds: number): InvokeResult {
  if (outcome.ok) return outcome;
  if (outcome.kind === 'timeout') return { ok: false, error: functionErrors.timeout(timeoutSeconds) };
  const detail = outcome.error.stack || `${outcome.error.name}: ${outcome.error.message}`;
  return { ok: false, error: functionErrors.executeFail(detail) };
}
