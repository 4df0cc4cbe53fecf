import type { Reply } from '@contract/reply';
import { transport, initCloud } from './cloud';
import { NETWORK_MESSAGE, failure, toReply } from './reply';

export { initCloud };
export { failure } from './reply';

/** Calls one action of one cloud function; never throws. */
export async function callAction<T>(name: string, action: string, input: object = {}): Promise<Reply<T>> {
  try {
    const raw = await transport.callFunction(name, { ...input, action });
    return toReply<T>(raw);
  } catch {
    return failure<T>(NETWORK_MESSAGE);
  }
}

export async function uploadFile(cloudPath: string, filePath: string): Promise<Reply<string>> {
  try {
    return { ok: true, data: await transport.uploadFile(cloudPath, filePath) };
  } catch {
    return failure<string>(NETWORK_MESSAGE);
  }
}

export async function getTempFileURL(fileIds: string[]): Promise<Reply<Record<string, string>>> {
  try {
    return { ok: true, data: await transport.getTempFileURL(fileIds) };
  } catch {
    return failure<Record<string, string>>(NETWORK_MESSAGE);
  }
}
