import type { TalliedComplaint } from '@contract/report-figures';
import { addComplaintTallies, complaintRates, complaintTally, emptyComplaintTally, latestVerdictSatisfied } from '@contract/report-figures';

const NOW = new Date('2026-11-30T12:00:00+08:00');
const at = (text: string) => new Date(`2026-11-${text}+08:00`);

/** A case received on 11-02 09:00, due to be accepted by 11-02 17:00 and answered by 11-06 17:00. */
function complaint(overrides: Partial<TalliedComplaint> = {}): TalliedComplaint {
  return {
    category: '楼道堆物',
    source: 'resident',
    status: 'submitted',
    acceptDueAt: at('02T17:00:00'),
    resolveDueAt: at('06T17:00:00'),
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    leftGrid: false,
    reopenCount: 0,
    rating: null,
    followUp: null,
    summons: [],
    createdAt: at('02T09:00:00'),
    ...overrides,
  };
}

const rates = (...cases: TalliedComplaint[]) =>
  complaintRates(cases.map((one) => complaintTally(one, NOW)).reduce(addComplaintTallies, emptyComplaintTally()));

describe('及时签收率', () => {
  test('accepted by the due time counts on time; after it, late; still waiting past it, late; withdrawn, not at all', () => {
    const onTime = complaint({ status: 'accepted', acceptedAt: at('02T16:59:00') });
    const late = complaint({ status: 'accepted', acceptedAt: at('02T17:01:00') });
    const waitingLate = complaint({ status: 'submitted' });
    const waitingInTime = complaint({ status: 'submitted', acceptDueAt: at('30T17:00:00') });
    const withdrawn = complaint({ status: 'withdrawn' });
    expect(rates(onTime, late, waitingLate, waitingInTime, withdrawn).acceptOnTimeRate).toBeCloseTo(1 / 3);
    expect(complaintTally(waitingInTime, NOW).acceptDue).toBe(0);
  });
});

describe('按时办结率', () => {
  test('answered by the due time on time; past it late; in hand past it late; in hand before it not yet due', () => {
    const accepted = { status: 'accepted' as const, acceptedAt: at('02T10:00:00') };
    const answered = complaint({ ...accepted, status: 'resolved', resolvedAt: at('06T16:00:00') });
    const answeredLate = complaint({ ...accepted, status: 'resolved', resolvedAt: at('07T09:00:00') });
    const inHandLate = complaint(accepted);
    const inHandInTime = complaint({ ...accepted, resolveDueAt: at('30T17:00:00') });
    expect(rates(answered, answeredLate, inHandLate, inHandInTime).resolveOnTimeRate).toBeCloseTo(1 / 3);
  });

  test('an approved extension moves the due time the answer is measured against', () => {
    const extended = complaint({ status: 'resolved', acceptedAt: at('02T10:00:00'), resolvedAt: at('09T10:00:00'), resolveDueAt: at('10T17:00:00') });
    expect(rates(extended).resolveOnTimeRate).toBe(1);
  });
});

describe('a reopened case is measured on its latest round', () => {
  // Answered on the 5th, reopened on the 10th with a new 签收 due time of the 11th 17:00; its first 签收 and 答复 stay.
  const reopened = { reopenCount: 1, acceptedAt: at('02T10:00:00'), resolvedAt: at('05T10:00:00'), acceptDueAt: at('11T17:00:00') };

  test('waiting for its new 签收 past the due time is late, whatever its first 签收 was', () => {
    const tally = complaintTally(complaint({ ...reopened, status: 'reopened' }), NOW);
    expect([tally.acceptDue, tally.acceptedOnTime]).toEqual([1, 0]);
    // Its first answer (by the first 办结 due time) still counts for the round it belongs to.
    expect([tally.resolveDue, tally.resolvedOnTime]).toEqual([1, 1]);
  });

  test('accepted again in time, then in hand past its new 办结 due time: on time to 签收, late to 办结', () => {
    const tally = complaintTally(complaint({ ...reopened, status: 'accepted', acceptedAt: at('11T09:00:00'), resolveDueAt: at('15T17:00:00') }), NOW);
    expect([tally.acceptDue, tally.acceptedOnTime]).toEqual([1, 1]);
    expect([tally.resolveDue, tally.resolvedOnTime]).toEqual([1, 0]);
  });

  test('its hours stay out of the averages, which are of cases handled in one round', () => {
    const tally = complaintTally(complaint({ ...reopened, status: 'accepted', acceptedAt: at('11T09:00:00') }), NOW);
    expect([tally.accepted, tally.acceptHours, tally.answered, tally.resolveHours]).toEqual([0, 0, 0, 0]);
  });
});

describe('满意率', () => {
  test('a rating of 4 or 5 is satisfied, 3 and below is not; the latest verdict decides', () => {
    expect(latestVerdictSatisfied({ rating: { rating: 4, at: at('08T10:00:00') }, followUp: null })).toBe(true);
    expect(latestVerdictSatisfied({ rating: { rating: 3, at: at('08T10:00:00') }, followUp: null })).toBe(false);
    const visitAfter = { dueAt: at('23T10:00:00'), done: true, satisfied: 'basically' as const, at: at('12T10:00:00') };
    expect(latestVerdictSatisfied({ rating: { rating: 2, at: at('08T10:00:00') }, followUp: visitAfter })).toBe(true);
    const visitBefore = { ...visitAfter, satisfied: 'unsatisfied' as const, at: at('07T10:00:00') };
    expect(latestVerdictSatisfied({ rating: { rating: 5, at: at('08T10:00:00') }, followUp: visitBefore })).toBe(true);
    expect(latestVerdictSatisfied({ rating: null, followUp: { ...visitAfter, done: false, satisfied: null, at: null } })).toBeNull();
  });

  test('only cases with a verdict count', () => {
    const pleased = complaint({ status: 'closed', rating: { rating: 5, at: at('08T10:00:00') } });
    const unhappy = complaint({ status: 'closed', rating: { rating: 1, at: at('08T10:00:00') } });
    const silent = complaint({ status: 'closed' });
    expect(rates(pleased, unhappy, silent).satisfactionRate).toBe(0.5);
  });
});

describe('重办率, 回访率, 网格化解率', () => {
  test('reopened among the answered; 回访 done by its due time among the closed; closed without leaving the grid', () => {
    const visit = { dueAt: at('25T10:00:00'), done: true, satisfied: 'satisfied' as const, at: at('20T10:00:00') };
    const closedVisited = complaint({ status: 'closed', resolvedAt: at('05T10:00:00'), closedAt: at('10T10:00:00'), followUp: visit });
    const closedVisitedLate = complaint({ status: 'closed', resolvedAt: at('05T10:00:00'), closedAt: at('10T10:00:00'), followUp: { ...visit, at: at('26T10:00:00') }, leftGrid: true });
    const closedUnvisited = complaint({ status: 'closed', resolvedAt: at('05T10:00:00'), closedAt: at('10T10:00:00'), followUp: { ...visit, done: false, at: null, satisfied: null } });
    const reopened = complaint({ status: 'accepted', resolvedAt: at('05T10:00:00'), reopenCount: 1 });
    const figures = rates(closedVisited, closedVisitedLate, closedUnvisited, reopened);
    expect(figures.reopenRate).toBe(0.25);
    expect(figures.followUpRate).toBeCloseTo(1 / 3);
    expect(figures.gridResolutionRate).toBeCloseTo(2 / 3);
  });
});

describe('averages, 吹哨报到 and what nothing counted shows', () => {
  test('hours from receipt; summons 报到 on time among those due; a rate of nothing is null, never 0', () => {
    const summon = { dueAt: at('03T10:00:00'), acknowledgedAt: at('03T09:00:00') };
    const fast = complaint({ status: 'resolved', acceptedAt: at('02T11:00:00'), resolvedAt: at('03T09:00:00'), summons: [summon, { ...summon, acknowledgedAt: null }] });
    const slow = complaint({ status: 'resolved', acceptedAt: at('02T13:00:00'), resolvedAt: at('04T09:00:00'), summons: [{ ...summon, dueAt: at('30T18:00:00'), acknowledgedAt: null }] });
    const figures = rates(fast, slow);
    expect(figures.averageAcceptHours).toBe(3);
    expect(figures.averageResolveHours).toBe(36);
    expect(figures.summonsOnTimeRate).toBe(0.5);
    expect(rates().satisfactionRate).toBeNull();
    expect(rates(complaint()).followUpRate).toBeNull();
  });

  test('tallies add up by source and category across cases', () => {
    const tally = [complaint(), complaint({ source: 'patrol', category: '消防安全' }), complaint({ source: 'patrol' })]
      .map((one) => complaintTally(one, NOW))
      .reduce(addComplaintTallies, emptyComplaintTally());
    expect(tally).toMatchObject({ received: 3, bySource: { resident: 1, patrol: 2 }, byCategory: { 楼道堆物: 2, 消防安全: 1 } });
  });
});
