import type { ErrorCode } from '../../types/reply';
import { ERROR_MESSAGES } from '../../types/reply';

/** A refusal the use case decided on: it becomes `{ ok: false, error }` with a stable code. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.details = details;
  }
}

export function isDuplicateKey(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /duplicate|E11000|DUPLICATE/i.test(text);
}

export function isTransactionConflict(error: unknown): boolean {
  const text = error instanceof Error ? error.message : JSON.stringify(error ?? '');
  return /TRANSACTION_CONFLICT|conflict/i.test(text);
}
