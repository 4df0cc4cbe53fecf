import { activeVolunteer, addWishTallies, median, meetingTally, wishTally } from '@contract/report-figures';
import type { TalliedMeeting, TalliedWish } from '@contract/report-figures';
import { monthOf, monthRange, monthsEndingWith, shiftMonth } from '@contract/report-month';
import { maskPhonesInText } from '@contract/privacy';

const at = (iso: string) => new Date(iso);

function wish(overrides: Partial<TalliedWish> = {}): TalliedWish {
  return { status: 'published', filedByGridWorker: false, publishedAt: at('2026-11-02T02:00:00Z'), claim: null, confirmation: null, ...overrides };
}

describe('wish tallies', () => {
  test('a confirmed wish counts as published, claimed and confirmed, with its days and points', () => {
    const tally = wishTally(wish({ status: 'confirmed', claim: { volunteerOpenid: 'v1' }, confirmation: { at: at('2026-11-05T14:00:00Z') } }), 10);
    expect(tally).toMatchObject({ filed: 1, filedOwn: 1, filedOnBehalf: 0, published: 1, claimed: 1, confirmed: 1, expired: 0, pointsCredited: 10 });
    expect(tally.confirmDays).toEqual([3.5]);
  });

  test('a wish filed on behalf and never published, and an expired one, credit nothing', () => {
    expect(wishTally(wish({ status: 'pending_review', filedByGridWorker: true, publishedAt: null }), 10)).toMatchObject({ filedOnBehalf: 1, published: 0, claimed: 0, pointsCredited: 0, confirmDays: [] });
    expect(wishTally(wish({ status: 'expired' }), 10)).toMatchObject({ published: 1, expired: 1, claimed: 0 });
  });

  test('a claim given back (claim cleared, published again) is not claimed; volunteers count once', () => {
    expect(wishTally(wish({ status: 'published', claim: null }), 10).claimed).toBe(0);
    const one = { ...wishTally(wish({ status: 'claimed', claim: { volunteerOpenid: 'v1' } }), 10), volunteers: ['v1'] };
    expect(addWishTallies(one, one).volunteers).toEqual(['v1']);
  });

  test('a volunteer is active in the month they claimed a wish or fulfilled it, whenever it was filed', () => {
    const claim = { volunteerOpenid: 'v1', claimedAt: at('2026-10-31T17:00:00Z') };
    expect(activeVolunteer({ claim, fulfilment: null }, '2026-11', monthOf)).toBe('v1');
    expect(activeVolunteer({ claim, fulfilment: null }, '2026-10', monthOf)).toBeNull();
    expect(activeVolunteer({ claim: { ...claim, claimedAt: at('2026-10-20T02:00:00Z') }, fulfilment: { at: at('2026-11-02T02:00:00Z') } }, '2026-11', monthOf)).toBe('v1');
    expect(activeVolunteer({ claim: null, fulfilment: null }, '2026-11', monthOf)).toBeNull();
  });

  test('median of odd and even counts, none for nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

function topic(overrides: Partial<TalliedMeeting> = {}): TalliedMeeting {
  return {
    status: 'closed', proposedAt: at('2026-10-20T02:00:00Z'), thresholdReachedAt: at('2026-10-22T02:00:00Z'),
    meeting: { startsAt: at('2026-11-03T06:00:00Z'), capacity: 3 }, registrations: [1, 2, 3, 4], checkIns: ['a', 'b'],
    evaluationCounts: { satisfied: 3, basically: 1, unsatisfied: 1 }, ...overrides,
  };
}

describe('议事 tallies', () => {
  test('proposed in one month, held in the next: each month counts its part', () => {
    expect(meetingTally(topic(), '2026-10', monthOf)).toEqual({ proposed: 1, reachedThreshold: 1, held: 0, registered: 0, attended: 0, evaluationsSatisfied: 0, evaluations: 0 });
    expect(meetingTally(topic(), '2026-11', monthOf)).toEqual({ proposed: 0, reachedThreshold: 0, held: 1, registered: 3, attended: 2, evaluationsSatisfied: 4, evaluations: 5 });
  });

  test('a meeting planned but not held is not held; a lapsed topic never reached the threshold', () => {
    expect(meetingTally(topic({ status: 'scheduled' }), '2026-11', monthOf).held).toBe(0);
    expect(meetingTally(topic({ status: 'lapsed', thresholdReachedAt: null, meeting: null }), '2026-10', monthOf)).toMatchObject({ proposed: 1, reachedThreshold: 0 });
  });
});

describe('report months (Asia/Shanghai)', () => {
  test('an instant belongs to its month in community time', () => {
    expect(monthOf(at('2026-11-30T16:00:00Z'))).toBe('2026-12');
    expect(monthOf(at('2026-11-30T15:59:59Z'))).toBe('2026-11');
    expect(monthRange('2026-12')).toEqual({ start: at('2026-11-30T16:00:00Z'), end: at('2026-12-31T16:00:00Z') });
  });

  test('months shift across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(monthsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});

describe('phone numbers in free text', () => {
  test.each([
    ['请联系我13812345678', '请联系我138****5678'],
    ['电话 138 1234 5678 谢谢', '电话 138****5678 谢谢'],
    ['138-1234-5678', '138****5678'],
    ['座机021-62345678', '座机021-****5678'],
    ['两个号码13812345678和13987654321', '两个号码138****5678和139****4321'],
  ])('%s', (text, masked) => {
    expect(maskPhonesInText(text)).toBe(masked);
  });

  test('a number an excerpt cut short keeps no more than its first three digits', () => {
    expect(maskPhonesInText('噪音扰民：楼下每晚很吵请联系1381234…')).toBe('噪音扰民：楼下每晚很吵请联系138****…');
    expect(maskPhonesInText('请联系13…')).toBe('请联系13…');
  });

  test('numbers that are no phone stay: a room, a date, an order number longer than a phone', () => {
    expect(maskPhonesInText('3单元502室，2026年12月3日')).toBe('3单元502室，2026年12月3日');
    expect(maskPhonesInText('订单号 2138123456789')).toBe('订单号 2138123456789');
  });
});
