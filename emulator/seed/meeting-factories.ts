import type { EventDoc } from '../../types/event';
import type { MeetingDoc, MeetingHistoryEntry, MeetingScope, MeetingStatus, Registration } from '../../types/meeting';
import { DEFAULT_SECOND_THRESHOLDS, LAPSE_DAYS } from '../../types/meeting';
import type { UserDoc } from '../../types/user';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A topic's steps up to its status, as `history` lines: [action, from, to, actor label]. */
const STEPS: Array<[string, MeetingStatus | null, MeetingStatus, string]> = [
  ['meeting.proposed', null, 'proposed', '居民'],
  ['meeting.threshold_reached', 'proposed', 'grid_review', '系统'],
  ['meeting.review_approved', 'grid_review', 'community_decision', '网格员'],
  ['meeting.scheduled', 'community_decision', 'scheduled', '社区'],
  ['meeting.resolution_published', 'scheduled', 'implementing', '社区'],
  ['meeting.evaluation_opened', 'implementing', 'evaluating', '社区'],
  ['meeting.closed', 'evaluating', 'closed', '系统'],
];

const STEP_COUNT: Partial<Record<MeetingStatus, number>> = {
  proposed: 1,
  grid_review: 2,
  community_decision: 3,
  scheduled: 4,
  implementing: 5,
  evaluating: 6,
  closed: 7,
};

export interface MeetingSpec {
  id: string;
  proposer: UserDoc;
  scope: MeetingScope;
  title: string;
  background: string;
  status: MeetingStatus;
  /** Days before now the topic was proposed. */
  daysAgo: number;
  seconders: string[];
  /** Registrants, in the order they registered (for scheduled and later). */
  registrants?: Array<Pick<UserDoc, '_id' | 'name'>>;
  capacity?: number;
  /** Days from now the meeting starts (negative: held). */
  startsInDays?: number;
  place?: string;
  minutes?: string;
  resolution?: string;
  progress?: string[];
  ratings?: Array<[string, 'satisfied' | 'basically' | 'unsatisfied']>;
  rejectedReason?: string;
  fromComplaint?: { id: string; title: string };
  gridWorker: string;
  admin: string;
}

const CODES = ['K7M3QP', 'H4TX9N', 'W2RC6A', 'P8VJ3E', 'N5GB7S', 'Y3DK8F', 'T6QZ2H', 'R9XW4M', 'B2NP5C', 'E7HS3J', 'U4FA6D', 'G8KT2V'];

function scopeIdOf(user: UserDoc, scope: MeetingScope): string {
  return (scope === 'building' ? user.buildingId : scope === 'grid' ? user.gridId : user.communityId) ?? '';
}

/** A topic in its state, with the fields each step it passed would have written. */
export function meetingDoc(spec: MeetingSpec, now: Date): MeetingDoc {
  const user = spec.proposer;
  const proposedAt = new Date(now.getTime() - spec.daysAgo * DAY);
  const stepAt = (index: number) => new Date(proposedAt.getTime() + index * DAY);
  const reached = STEP_COUNT[spec.status] ?? 3;
  const scopeId = scopeIdOf(user, spec.scope);
  const rejected = spec.status === 'rejected';
  const history: MeetingHistoryEntry[] = STEPS.slice(0, reached).map(([action, from, to, actorLabel], index) => ({
    action,
    from,
    to,
    actorLabel,
    note: null,
    at: stepAt(index),
  }));
  if (rejected) {
    history.push({ action: 'meeting.review_rejected', from: 'grid_review', to: 'rejected', actorLabel: '网格员', note: spec.rejectedReason ?? null, at: stepAt(2) });
  }
  const startsAt = new Date(now.getTime() + (spec.startsInDays ?? 3) * DAY);
  const planned = reached >= 4;
  const registrations: Registration[] = (spec.registrants ?? []).map((person, index) => ({
    openid: person._id,
    name: person.name ?? '',
    code: CODES[index % CODES.length]!,
    at: new Date(stepAt(3).getTime() + (index + 1) * HOUR),
  }));
  const held = reached >= 5;
  const ratings = spec.ratings ?? [];
  const counts = { satisfied: 0, basically: 0, unsatisfied: 0 };
  for (const [, rating] of ratings) counts[rating] += 1;
  const evaluationEnds = spec.status === 'closed' ? stepAt(6) : new Date(now.getTime() + 5 * DAY);
  const lapsesAt = new Date(proposedAt.getTime() + LAPSE_DAYS * DAY);
  const nextCheckAt =
    spec.status === 'proposed' ? lapsesAt : spec.status === 'scheduled' ? new Date(startsAt.getTime() - DAY) : spec.status === 'evaluating' ? evaluationEnds : null;
  if (spec.progress && held) {
    spec.progress.forEach((_note, index) => history.push({ action: 'meeting.progress', from: 'implementing', to: 'implementing', actorLabel: '社区', note: null, at: new Date(stepAt(4).getTime() + (index + 1) * HOUR) }));
    history.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
  return {
    _id: spec.id,
    title: spec.title,
    background: spec.background,
    scope: spec.scope,
    scopeId,
    visibility: spec.scope === 'building' ? `building:${scopeId}` : `community:${user.communityId}`,
    proposer: { openid: user._id, name: user.name ?? '' },
    proposedAt,
    clientRequestId: `seed-${spec.id}`,
    fromComplaint: spec.fromComplaint ?? null,
    status: spec.status,
    seconders: spec.seconders,
    secondCount: spec.seconders.length,
    threshold: DEFAULT_SECOND_THRESHOLDS[spec.scope],
    thresholdReachedAt: reached >= 2 || rejected ? stepAt(1) : null,
    lapsesAt,
    review: reached >= 3 || rejected ? { approve: !rejected, note: rejected ? (spec.rejectedReason ?? '') : '情况属实，提交社区党委决议', by: spec.gridWorker, byLabel: '网格员', at: stepAt(2) } : null,
    decision: planned ? { approve: true, reason: null, withMeeting: true, by: spec.admin, at: stepAt(3) } : null,
    meeting: planned
      ? { startsAt: held ? stepAt(4) : startsAt, place: spec.place ?? '社区党群服务中心二楼议事厅', capacity: spec.capacity ?? 20, registrationClosesAt: held ? stepAt(4) : startsAt, remindedAt: held ? stepAt(3) : null }
      : null,
    registrations,
    registeredTotal: registrations.length,
    cancelledRegistrations: [],
    checkIns: held ? registrations.slice(0, spec.capacity ?? 20).map((registration) => registration.openid) : [],
    record: held
      ? { minutes: spec.minutes ?? '', resolution: spec.resolution ?? '', attendeesCount: registrations.length, checkedInCount: registrations.length, recordedBy: spec.admin, recordedAt: stepAt(4) }
      : null,
    progress: held ? (spec.progress ?? []).map((note, index) => ({ note, photos: [], by: spec.admin, at: new Date(stepAt(4).getTime() + (index + 1) * HOUR) })) : [],
    evaluationWindow: reached >= 6 ? { opensAt: stepAt(5), endsAt: evaluationEnds } : null,
    evaluations: ratings.map(([openid, rating], index) => ({ openid, rating, comment: null, at: new Date(stepAt(5).getTime() + (index + 1) * HOUR) })),
    evaluationCounts: counts,
    rejectedReason: rejected ? (spec.rejectedReason ?? null) : null,
    closedAt: spec.status === 'closed' ? stepAt(6) : rejected ? stepAt(2) : null,
    history,
    nextCheckAt,
    streetId: user.streetId,
    communityId: user.communityId,
    gridId: user.gridId,
    buildingId: user.buildingId,
    communityName: user.communityName,
    gridName: user.gridName,
    buildingName: user.buildingName,
    createdAt: proposedAt,
    updatedAt: history[history.length - 1]!.at,
  };
}

/** The events behind a topic's timeline (the inbox and the audit log read them). */
export function meetingHistory(meeting: MeetingDoc): EventDoc[] {
  return meeting.history.map((line, index) => {
    const event: EventDoc = {
      _id: `${meeting._id}-e${index}`,
      itemType: 'meeting',
      itemId: meeting._id,
      itemTitle: meeting.title,
      communityId: meeting.communityId,
      action: line.action,
      from: line.from,
      to: line.to,
      actorOpenid: index === 0 ? meeting.proposer.openid : 'seed',
      actorLabel: line.actorLabel,
      note: line.note,
      recipients: [],
      at: line.at,
    };
    if (index === 0 && meeting.fromComplaint) event.alsoOn = [`complaint:${meeting.fromComplaint.id}`];
    return event;
  });
}
