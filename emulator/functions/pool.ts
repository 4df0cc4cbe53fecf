/**
 * Instances of one function: worker threads, each with its own process.env, one call at a time.
 * Instances are created lazily up to a limit; further calls queue. Module state survives between
 * calls on an instance, as on a warm cloud instance.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface CallRequest {
  event: unknown;
  context: Record<string, unknown>;
  /** Per-call environment; null removes a variable. */
  env: Record<string, string | null>;
  timeoutMs: number;
}

export interface SerialisedError {
  name: string;
  message: string;
  stack: string;
}

export type CallOutcome =
  | { ok: true; json: string }
  | { ok: false; error: SerialisedError; kind: 'threw' | 'crashed' | 'timeout' };

interface WorkerResult {
  type: 'result';
  callId: number;
  ok: boolean;
  json?: string;
  error?: SerialisedError;
}

interface Pending {
  request: CallRequest;
  resolve: (outcome: CallOutcome) => void;
}

export const WORKER_ENTRY = path.join(__dirname, 'worker.cjs');

function isWorkerResult(value: unknown): value is WorkerResult {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'result';
}

/** The worker could not read the call it was sent (see worker.cjs). */
function isUnreadable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'unreadable';
}

function asSerialised(error: unknown, prefix: string): SerialisedError {
  // Duck-typed: a DOMException (DataCloneError) need not be an Error of this realm.
  const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown };
  const errorName = typeof name === 'string' ? name : 'Error';
  const text = `${prefix}: ${typeof message === 'string' ? message : String(error)}`;
  return { name: errorName, message: text, stack: `${errorName}: ${text}` };
}

function crashed(error: SerialisedError): CallOutcome {
  return { ok: false, kind: 'crashed', error };
}

class Instance {
  private readonly worker: Worker;
  private current: { callId: number; resolve: (outcome: CallOutcome) => void; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;
  alive = true;

  constructor(
    name: string,
    file: string,
    env: Record<string, string>,
    quiet: boolean,
    private readonly onIdle: (instance: Instance) => void,
    private readonly onDead: (instance: Instance) => void,
  ) {
    this.worker = new Worker(WORKER_ENTRY, { workerData: { name, file }, env, stdout: quiet, stderr: quiet });
    if (quiet) {
      this.worker.stdout.resume();
      this.worker.stderr.resume();
    }
    this.worker.on('message', (message: unknown) => this.onMessage(message));
    this.worker.on('messageerror', (error: Error) => this.reset(asSerialised(error, 'the function instance answered a message that cannot be read')));
    this.worker.on('error', (error: Error) => this.die({ name: error.name, message: error.message, stack: error.stack ?? error.message }, 'crashed'));
    this.worker.on('exit', (code) => this.die({ name: 'Error', message: `function instance exited with code ${code}`, stack: '' }, 'crashed'));
  }

  get busy(): boolean {
    return this.current !== null;
  }

  run(request: CallRequest, resolve: (outcome: CallOutcome) => void): void {
    const callId = this.nextId;
    this.nextId += 1;
    const timer = setTimeout(() => {
      const seconds = Math.round(request.timeoutMs / 100) / 10;
      this.die({ name: 'Error', message: `Invoking task timed out after ${seconds} seconds`, stack: '' }, 'timeout');
      void this.worker.terminate();
    }, request.timeoutMs);
    this.current = { callId, resolve, timer };
    try {
      this.worker.postMessage({ type: 'call', callId, event: request.event, context: request.context, env: request.env });
    } catch (error) {
      // The call never reached the instance (a DataCloneError, a stack overflow cloning a deep event):
      // the instance is replaced so nothing of this call lingers.
      this.reset(asSerialised(error, 'the call could not be passed to the function instance'));
    }
  }

  /** Fails the current call and replaces the instance. */
  private reset(error: SerialisedError): void {
    this.die(error, 'crashed');
    void this.worker.terminate();
  }

  private onMessage(message: unknown): void {
    if (isUnreadable(message)) {
      this.reset({ name: 'Error', message: 'the function instance could not read the call', stack: '' });
      return;
    }
    if (!isWorkerResult(message) || !this.current || message.callId !== this.current.callId) return;
    const { resolve, timer } = this.current;
    clearTimeout(timer);
    this.current = null;
    if (message.ok) resolve({ ok: true, json: message.json ?? 'null' });
    else resolve({ ok: false, kind: 'threw', error: message.error ?? { name: 'Error', message: 'unknown error', stack: '' } });
    this.onIdle(this);
  }

  private die(error: SerialisedError, kind: 'crashed' | 'timeout'): void {
    if (!this.alive) return;
    this.alive = false;
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.resolve({ ok: false, kind, error });
      this.current = null;
    }
    this.onDead(this);
  }

  async stop(): Promise<void> {
    this.die({ name: 'Error', message: 'local cloud stopped', stack: '' }, 'crashed');
    await this.worker.terminate();
  }
}

export interface PoolOptions {
  name: string;
  file: string;
  env: Record<string, string>;
  maxInstances: number;
  quiet: boolean;
}

export class FunctionPool {
  private readonly instances: Instance[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  get size(): number {
    return this.instances.length;
  }

  call(request: CallRequest): Promise<CallOutcome> {
    if (this.closed) return Promise.resolve(crashed({ name: 'Error', message: 'function pool is closed', stack: '' }));
    return new Promise<CallOutcome>((resolve) => {
      this.queue.push({ request, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let instance = this.instances.find((item) => item.alive && !item.busy);
      if (!instance && this.instances.length < this.options.maxInstances) {
        try {
          instance = this.startInstance();
        } catch (error) {
          this.queue.shift()?.resolve(crashed(asSerialised(error, 'a function instance could not be started')));
          continue;
        }
        this.instances.push(instance);
      }
      if (!instance) return;
      const next = this.queue.shift();
      if (next) instance.run(next.request, next.resolve);
    }
  }

  private startInstance(): Instance {
    return new Instance(
      this.options.name,
      this.options.file,
      this.options.env,
      this.options.quiet,
      () => this.dispatch(),
      (dead) => this.remove(dead),
    );
  }

  private remove(instance: Instance): void {
    const index = this.instances.indexOf(instance);
    if (index !== -1) this.instances.splice(index, 1);
    if (!this.closed) setImmediate(() => this.dispatch());
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      pending.resolve({ ok: false, kind: 'crashed', error: { name: 'Error', message: 'local cloud stopped', stack: '' } });
    }
    await Promise.all(this.instances.splice(0).map((instance) => instance.stop()));
  }
}
