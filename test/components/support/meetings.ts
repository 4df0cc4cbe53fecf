import type { MeetingCard, MeetingDetail } from '@contract/meeting';

export function meetingCard(overrides: Partial<MeetingCard> = {}): MeetingCard {
  return {
    id: 'm-1',
    title: '1号楼楼下加装电动车充电桩',
    excerpt: '楼道里常有人给电动车充电，有火灾隐患',
    scope: 'building',
    status: 'proposed',
    step: 0,
    proposerName: '王**',
    communityName: '鑫盛社区',
    gridName: '第一网格',
    buildingName: '1号楼',
    secondCount: 1,
    threshold: 3,
    startsAt: null,
    place: null,
    fromComplaintId: null,
    proposedAt: '2030-05-12T02:00:00.000Z',
    ...overrides,
  };
}

export function meetingDetail(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    ...meetingCard(),
    background: '楼道里常有人给电动车充电，有火灾隐患；建议在楼下空地装一排充电桩。',
    fromComplaint: null,
    mine: false,
    seconded: false,
    lapsesAt: '2030-06-11T02:00:00.000Z',
    review: null,
    decision: null,
    meeting: null,
    myRegistration: null,
    roster: null,
    record: null,
    progress: [],
    evaluation: null,
    myEvaluation: null,
    rejectedReason: null,
    closedAt: null,
    actions: [],
    timeline: [{ action: 'meeting.proposed', from: null, to: 'proposed', actorLabel: '居民', note: null, at: '2030-05-12T02:00:00.000Z' }],
    ...overrides,
  };
}

/** A topic with its meeting scheduled: 30 places, 12 taken. */
export function scheduledMeeting(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return meetingDetail({
    status: 'scheduled',
    step: 3,
    secondCount: 3,
    startsAt: '2030-05-20T07:00:00.000Z',
    place: '社区会议室',
    review: { approve: true, note: '确有需要', byLabel: '网格员', at: '2030-05-13T02:00:00.000Z' },
    decision: { approve: true, reason: null, withMeeting: true, at: '2030-05-14T02:00:00.000Z' },
    meeting: {
      startsAt: '2030-05-20T07:00:00.000Z',
      place: '社区会议室',
      capacity: 30,
      registrationClosesAt: '2030-05-20T07:00:00.000Z',
      registeredCount: 12,
      waitlistCount: 0,
      checkedInCount: 0,
    },
    ...overrides,
  });
}
