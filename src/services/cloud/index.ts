import type { Reply } from '@contract/reply';
import { transport, initCloud } from './cloud';
import { clientFailure, toReply } from './reply';
import { CloudTimeoutError, cloudTimeouts, withTimeout } from './timeout';

export { initCloud };
export { failure, CLIENT_ERROR_MESSAGES } from './reply';
export { configureCloudTimeouts } from './timeout';

/** A transport failure → TIMEOUT (no answer in time) or NETWORK (the call failed on its way). */
function transportFailure<T>(error: unknown): Reply<T> {
  return clientFailure<T>(error instanceof CloudTimeoutError ? 'TIMEOUT' : 'NETWORK');
}

/**
 * Calls one action of one cloud function; never throws, never waits forever. A call that timed out may
 * still have run in the cloud: actions a user may retry are idempotent (clientRequestId) or guarded by state.
 */
export async function callAction<T>(name: string, action: string, input: object = {}, slow = false): Promise<Reply<T>> {
  try {
    const limits = cloudTimeouts();
    const raw = await withTimeout(transport.callFunction(name, { ...input, action }), slow ? limits.slowCallMs : limits.callMs);
    return toReply<T>(raw);
  } catch (error) {
    return transportFailure<T>(error);
  }
}

export async function uploadFile(cloudPath: string, filePath: string): Promise<Reply<string>> {
  try {
    return { ok: true, data: await withTimeout(transport.uploadFile(cloudPath, filePath), cloudTimeouts().uploadMs) };
  } catch (error) {
    return transportFailure<string>(error);
  }
}

/** Downloads a cloud file and opens (weapp) or saves (h5) it; TIMEOUT or NETWORK when that fails. */
export async function openFile(url: string, fileName: string): Promise<Reply<null>> {
  try {
    await withTimeout(transport.openFile(url, fileName), cloudTimeouts().uploadMs);
    return { ok: true, data: null };
  } catch (error) {
    return transportFailure<null>(error);
  }
}

export async function getTempFileURL(fileIds: string[]): Promise<Reply<Record<string, string>>> {
  try {
    return { ok: true, data: await withTimeout(transport.getTempFileURL(fileIds), cloudTimeouts().callMs) };
  } catch (error) {
    return transportFailure<Record<string, string>>(error);
  }
}
