import { fitsChars } from './text';

/**
 * The rule on the reason of a rejection (a wish, a volunteer application), without zod: the 管理 tab lives
 * in the mini-program's main package, which must not carry the schema library. The schemas
 * `reviewWishInput` and `reviewVolunteerInput` build the same rule from these constants, and a unit test
 * holds the two to the same answer for every string.
 */
export const REVIEW_REASON_LABEL = '理由';
export const REVIEW_REASON_MAX = 200;
export const REVIEW_REASON_REQUIRED = '不通过时请填写理由';

/** What is wrong with `reason` for a rejection (trimmed, required, at most 200 characters), or undefined. */
export function rejectionReasonError(reason: string | undefined): string | undefined {
  const trimmed = (reason ?? '').trim();
  if (!fitsChars(trimmed, REVIEW_REASON_MAX)) return `${REVIEW_REASON_LABEL}不能超过${REVIEW_REASON_MAX}个字`;
  if (!trimmed) return REVIEW_REASON_REQUIRED;
  return undefined;
}
