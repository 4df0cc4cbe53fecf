/** How long the seam waits for the cloud before it answers TIMEOUT (milliseconds). */
export interface CloudTimeouts {
  /** A function call. CloudBase itself stops a function after its configured limit (3 s by default, 60 s at most). */
  callMs: number;
  /** One photo upload: larger bodies over a phone's uplink. */
  uploadMs: number;
  /** A call that builds something large (a month's 台账): the function's 60 s and the way back. */
  slowCallMs: number;
}

const DEFAULTS: CloudTimeouts = { callMs: 15_000, uploadMs: 60_000, slowCallMs: 70_000 };
let current: CloudTimeouts = { ...DEFAULTS };

export function cloudTimeouts(): CloudTimeouts {
  return current;
}

/** Changes the limits (tests, or a page that knows its call is slow); with no argument restores the defaults. */
export function configureCloudTimeouts(next?: Partial<CloudTimeouts>): void {
  current = next ? { ...current, ...next } : { ...DEFAULTS };
}

export class CloudTimeoutError extends Error {
  constructor(ms: number) {
    super(`no reply within ${ms} ms`);
    this.name = 'CloudTimeoutError';
  }
}

/** Settles with the promise, or rejects with CloudTimeoutError after `ms`; a late answer is dropped. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CloudTimeoutError(ms)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
