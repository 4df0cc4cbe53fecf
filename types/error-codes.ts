/**
 * The stable error codes of every action, without their texts: the client checks a reply's code against this list
 * and shows the message the function sent, so the Chinese texts (types/reply.ts) stay out of the mini-program's
 * main package.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'UNKNOWN_ACTION',
  'INVALID_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_STATE',
  'NOT_REGISTERED',
  'PROFILE_INCOMPLETE',
  'CONTENT_REJECTED',
  'VOLUNTEER_ALREADY_APPROVED',
  'VOLUNTEER_APPLICATION_PENDING',
  'NO_PENDING_APPLICATION',
  'ROLE_NOT_ASSIGNABLE',
  'CANNOT_DEMOTE_SELF',
  'COMMUNITY_LOCKED',
  'CLAIMS_OUTSTANDING',
  'WISH_ALREADY_CLAIMED',
  'CLAIM_LIMIT_REACHED',
  'NOT_VOLUNTEER',
  'COMPLAINT_ALREADY_ACCEPTED',
  'COMPLAINT_CHANGED',
  'ALREADY_SUPPORTED',
  'EXTENSION_USED',
  'ALREADY_SUMMONED',
  'REOPEN_WINDOW_PASSED',
  'MEETING_CHANGED',
  'NOT_IN_SCOPE',
  'ALREADY_SECONDED',
  'CANNOT_SECOND_OWN',
  'ALREADY_REGISTERED',
  'REGISTRATION_CLOSED',
  'REGISTRATION_NOT_FOUND',
  'CHECK_IN_NOT_OPEN',
  'CHECK_IN_CODE_UNKNOWN',
  'WAITLISTED_NOT_ADMITTED',
  'ALREADY_CHECKED_IN',
  'MEETING_NOT_STARTED',
  'ALREADY_EVALUATED',
  'BUSY',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && KNOWN.has(value);
}

/** What the client shows when a reply carries no message of its own. */
export const FALLBACK_ERROR_MESSAGE = '系统繁忙，请稍后再试';
