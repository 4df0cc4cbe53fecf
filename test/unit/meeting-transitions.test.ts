import { MEETING_STATUSES, MEETING_TRANSITIONS, STEP_OF_STATUS, canMeetingTransition } from '../../types/meeting-labels';
import type { MeetingStatus, MeetingTransition } from '../../types/meeting-labels';

const allowed = (from: MeetingStatus) =>
  (Object.keys(MEETING_TRANSITIONS) as MeetingTransition[]).filter((transition) => canMeetingTransition(transition, from)).sort();

test('the five-step state machine, from every status', () => {
  const table = Object.fromEntries(MEETING_STATUSES.map((status) => [status, allowed(status)]));
  expect(table).toEqual({
    proposed: ['lapse', 'reachThreshold', 'withdraw'],
    grid_review: ['approveReview', 'rejectReview'],
    community_decision: ['decideWithoutMeeting', 'rejectDecision', 'scheduleMeeting'],
    scheduled: ['holdMeeting', 'recordMeeting'],
    held: ['publishResolution'],
    implementing: ['openEvaluation'],
    evaluating: ['closeEvaluation'],
    closed: [],
    rejected: [],
    lapsed: [],
    withdrawn: [],
  });
});

test('where each transition leads', () => {
  const targets = Object.fromEntries(Object.entries(MEETING_TRANSITIONS).map(([name, transition]) => [name, transition.to]));
  expect(targets).toEqual({
    reachThreshold: 'grid_review',
    approveReview: 'community_decision',
    rejectReview: 'rejected',
    scheduleMeeting: 'scheduled',
    decideWithoutMeeting: 'implementing',
    rejectDecision: 'rejected',
    holdMeeting: 'held',
    publishResolution: 'implementing',
    openEvaluation: 'evaluating',
    closeEvaluation: 'closed',
    lapse: 'lapsed',
    withdraw: 'withdrawn',
    recordMeeting: 'implementing',
  });
});

test('terminal states lead nowhere, and every status stands on one of the five steps', () => {
  for (const status of ['closed', 'rejected', 'lapsed', 'withdrawn'] as const) expect(allowed(status)).toEqual([]);
  for (const status of MEETING_STATUSES) expect([0, 1, 2, 3, 4]).toContain(STEP_OF_STATUS[status]);
  expect(STEP_OF_STATUS.proposed).toBe(0);
  expect(STEP_OF_STATUS.evaluating).toBe(4);
});
