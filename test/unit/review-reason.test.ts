import fc from 'fast-check';
import { rejectionReasonError, REVIEW_REASON_MAX, REVIEW_REASON_REQUIRED } from '../../types/review-reason';
import { fieldIssues } from '../../types/schema';
import { reviewVolunteerInput } from '../../types/user';
import { reviewWishInput } from '../../types/wish';

function schemaAnswer(reason: string | undefined): { wish?: string; volunteer?: string } {
  const wish = reviewWishInput.safeParse({ id: 'wish-1', approve: false, reason });
  const volunteer = reviewVolunteerInput.safeParse({ openid: 'user-1', approve: false, reason });
  return {
    wish: wish.success ? undefined : fieldIssues(wish.error)[0]?.message,
    volunteer: volunteer.success ? undefined : fieldIssues(volunteer.error)[0]?.message,
  };
}

describe('the rejection reason rule without zod (the 管理 tab in the main package)', () => {
  it.each([
    [undefined, REVIEW_REASON_REQUIRED],
    ['', REVIEW_REASON_REQUIRED],
    [' \n\t ', REVIEW_REASON_REQUIRED],
    ['照片不清楚', undefined],
    ['字'.repeat(REVIEW_REASON_MAX), undefined],
    [`  ${'字'.repeat(REVIEW_REASON_MAX)}  `, undefined],
    ['字'.repeat(REVIEW_REASON_MAX + 1), '理由不能超过200个字'],
    ['😀'.repeat(REVIEW_REASON_MAX), undefined],
    ['😀'.repeat(REVIEW_REASON_MAX + 1), '理由不能超过200个字'],
  ])('%j → %s, as the schemas answer', (reason, expected) => {
    expect(rejectionReasonError(reason)).toBe(expected);
    expect(schemaAnswer(reason)).toEqual({ wish: expected, volunteer: expected });
  });

  it('answers as reviewWishInput and reviewVolunteerInput do, for any string', () => {
    const reason = fc.oneof(
      fc.string({ maxLength: 260, unit: fc.constantFrom('a', ' ', '\n', '字', '😀', '\u3000') }),
      fc.string({ maxLength: 210, unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(reason, (value) => {
        const expected = rejectionReasonError(value);
        const answer = schemaAnswer(value);
        return answer.wish === expected && answer.volunteer === expected;
      }),
      { numRuns: 500 },
    );
  });
});
