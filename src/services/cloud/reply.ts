import type { ClientErrorCode, Reply } from '@contract/reply';
// Codes only: the function sends each error's Chinese message, so the texts' table stays out of the main package.
import { FALLBACK_ERROR_MESSAGE, isErrorCode } from '@contract/error-codes';

/** What the seam answers when a call never got a reply: stable codes, Chinese messages. */
export const CLIENT_ERROR_MESSAGES: Record<ClientErrorCode, string> = {
  TIMEOUT: '网络不太好，等了很久没有回应，请稍后重试',
  NETWORK: '网络连接失败，请检查网络后重试',
};

export const NETWORK_MESSAGE = CLIENT_ERROR_MESSAGES.NETWORK;

export function failure<T>(message: string = FALLBACK_ERROR_MESSAGE): Reply<T> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

export function clientFailure<T>(code: ClientErrorCode): Reply<T> {
  return { ok: false, error: { code, message: CLIENT_ERROR_MESSAGES[code] } };
}

/** A function's raw result → a Reply; anything that does not look like one becomes INTERNAL. */
export function toReply<T>(raw: unknown): Reply<T> {
  if (typeof raw !== 'object' || raw === null || !('ok' in raw)) return failure<T>();
  const candidate = raw as { ok: unknown; data?: unknown; error?: unknown };
  if (candidate.ok === true) return { ok: true, data: candidate.data as T };
  const error = candidate.error as { code?: unknown; message?: unknown; details?: unknown } | undefined;
  if (!error || !isErrorCode(error.code)) return failure<T>();
  const message = typeof error.message === 'string' && error.message ? error.message : FALLBACK_ERROR_MESSAGE;
  return { ok: false, error: { code: error.code, message, details: error.details } };
}
