import type { ComplaintStatus, ComplaintTransition } from '@contract/complaint-labels';
import {
  AWAITING_ACCEPT,
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  LEVELS,
  OPEN_STATUSES,
  canComplaintTransition,
  levelAbove,
} from '@contract/complaint-labels';

/** The complaint state machine of the issue, written out pair by pair: every (transition, from) not listed is refused. */
const ALLOWED: Array<[ComplaintTransition, ComplaintStatus, ComplaintStatus]> = [
  ['accept', 'submitted', 'accepted'],
  ['accept', 'reopened', 'accepted'],
  ['dispatch', 'submitted', 'submitted'],
  ['dispatch', 'returned', 'submitted'],
  ['returnToCommunity', 'submitted', 'returned'],
  ['resolve', 'accepted', 'resolved'],
  ['rate', 'resolved', 'closed'],
  ['autoClose', 'resolved', 'closed'],
  ['reopen', 'resolved', 'reopened'],
  ['reopen', 'closed', 'reopened'],
  ['merge', 'submitted', 'merged'],
  ['reject', 'submitted', 'rejected'],
  ['withdraw', 'submitted', 'withdrawn'],
  ['withdraw', 'returned', 'withdrawn'],
  ['withdraw', 'accepted', 'withdrawn'],
];

const transitions = Object.keys(COMPLAINT_TRANSITIONS) as ComplaintTransition[];

describe('complaint transition table', () => {
  const pairs = transitions.flatMap((transition) => COMPLAINT_STATUSES.map((from) => [transition, from] as const));
  test.each(pairs)('%s from %s', (transition, from) => {
    const allowed = ALLOWED.find(([t, f]) => t === transition && f === from);
    expect(canComplaintTransition(transition, from)).toBe(Boolean(allowed));
    if (allowed) expect(COMPLAINT_TRANSITIONS[transition].to).toBe(allowed[2]);
  });

  test('every allowed pair names a transition of the table', () => {
    for (const [transition] of ALLOWED) expect(transitions).toContain(transition);
  });

  test.each(['merged', 'rejected', 'withdrawn'] as ComplaintStatus[])('%s is terminal', (terminal) => {
    expect(transitions.filter((transition) => canComplaintTransition(transition, terminal))).toEqual([]);
  });

  test('a closed case leads only to 重办', () => {
    expect(transitions.filter((transition) => canComplaintTransition(transition, 'closed'))).toEqual(['reopen']);
  });

  test('a returned case goes back by 派单, or the reporter withdraws it', () => {
    expect(transitions.filter((transition) => canComplaintTransition(transition, 'returned')).sort()).toEqual(['dispatch', 'withdraw']);
  });

  test('an answered case cannot be withdrawn any more', () => {
    for (const from of ['resolved', 'closed', 'reopened'] as ComplaintStatus[]) expect(canComplaintTransition('withdraw', from)).toBe(false);
  });

  test('open and awaiting-accept states', () => {
    expect([...OPEN_STATUSES].sort()).toEqual(['accepted', 'reopened', 'returned', 'submitted']);
    expect([...AWAITING_ACCEPT].sort()).toEqual(['reopened', 'returned', 'submitted']);
    for (const status of AWAITING_ACCEPT) expect(OPEN_STATUSES).toContain(status);
  });
});

describe('levels', () => {
  test('grid → community → street, nothing above the street', () => {
    expect(LEVELS).toEqual(['grid', 'community', 'street']);
    expect(levelAbove('grid')).toBe('community');
    expect(levelAbove('community')).toBe('street');
    expect(levelAbove('street')).toBeNull();
  });
});
