import type { MeetingDoc, MeetingHistoryEntry, MeetingStatus } from '../../../types/meeting';
import { MEETING_STATUS_LABELS, secondThresholds } from '../../../types/meeting';
import type { MeetingFacts } from '../../../types/permissions-meetings';
import { membersOf } from '../../../types/audience';
import type { NewEvent } from '../events';
import { namedPeople, sendSubscribeMessages } from '../notify';
import { database, findById } from '../runtime';
import { applyTransition } from '../transition';

export const MEETINGS = 'meetings';

export async function loadMeeting(id: string): Promise<MeetingDoc | null> {
  return findById<MeetingDoc>(MEETINGS, id);
}

export function meetingFacts(meeting: MeetingDoc): MeetingFacts {
  return {
    communityId: meeting.communityId,
    gridId: meeting.gridId,
    buildingId: meeting.buildingId,
    scope: meeting.scope,
    scopeId: meeting.scopeId,
    status: meeting.status,
    proposerOpenid: meeting.proposer.openid,
  };
}

/** The seconds a topic of each scope needs, as this deployment sets them (MEETING_THRESHOLDS). */
export function thresholdsInForce() {
  return secondThresholds(process.env.MEETING_THRESHOLDS);
}

/** Everyone living in the topic's scope, as an audience key (nobody is read). */
export function scopeAudience(meeting: Pick<MeetingDoc, 'scope' | 'scopeId'>): string {
  return membersOf(meeting.scope, meeting.scopeId);
}

/** The openids of everyone registered or waitlisted. */
export function registrants(meeting: MeetingDoc): string[] {
  return meeting.registrations.map((registration) => registration.openid);
}

export interface MeetingEvent {
  meeting: MeetingDoc;
  action: string;
  /** Defaults to the topic's status as read; null for its proposal. */
  from?: MeetingStatus | null;
  to: MeetingStatus;
  actorOpenid: string;
  actorLabel: string;
  note?: string | null;
  recipients?: string[];
  alsoOn?: string[];
}

export function meetingEventEntry(event: MeetingEvent): NewEvent {
  const entry: NewEvent = {
    itemType: 'meeting',
    itemId: event.meeting._id,
    itemTitle: event.meeting.title,
    communityId: event.meeting.communityId,
    action: event.action,
    from: event.from === undefined ? event.meeting.status : event.from,
    to: event.to,
    actorOpenid: event.actorOpenid,
    actorLabel: event.actorLabel,
    note: event.note ?? null,
    recipients: event.recipients ?? [],
  };
  if (event.alsoOn && event.alsoOn.length > 0) entry.alsoOn = event.alsoOn;
  return entry;
}

/**
 * One person's own act (a second, a registration, a check-in, a rating): it stays in `events` (their inbox, the
 * audit log) but not on the topic's timeline, which keeps the topic's steps and stays the same size however many
 * take part.
 */
const PERSONAL_ACTIONS: ReadonlySet<string> = new Set([
  'meeting.seconded',
  'meeting.registered',
  'meeting.waitlisted',
  'meeting.registration_cancelled',
  'meeting.waitlist_promoted',
  'meeting.checked_in',
  'meeting.evaluated',
]);

export function onTopicTimeline(action: string): boolean {
  return !PERSONAL_ACTIONS.has(action);
}

/** The line the topic's own timeline keeps of an event (the function's clock). */
export function historyEntry(event: MeetingEvent, at: Date): MeetingHistoryEntry {
  return {
    action: event.action,
    from: event.from === undefined ? event.meeting.status : event.from,
    to: event.to,
    actorLabel: event.actorLabel,
    note: event.note ?? null,
    at,
  };
}

/** Subscription messages to the named people an event tells (audience keys get none). */
export async function sendMeetingMessages(event: MeetingEvent): Promise<void> {
  const told = namedPeople(event.recipients ?? []).filter((openid) => openid !== event.actorOpenid);
  if (told.length === 0) return;
  await sendSubscribeMessages(told, {
    title: event.meeting.title,
    status: MEETING_STATUS_LABELS[event.to],
    page: `packages/meetings/detail/index?id=${event.meeting._id}`,
  });
}

export interface MeetingChange extends MeetingEvent {
  /** What the topic must still match; defaults to its `_id` and the status it was read in. */
  guard?: Record<string, unknown>;
  /** Fields written besides `status`, `history` and `updatedAt`; sub-documents are written whole. */
  changes?: Record<string, unknown>;
  /** Leave `status` as it is when the change lands (a second counted in review); the event's `to` says what it was read as. */
  keepStatus?: boolean;
}

/**
 * One change of a topic with its event: one guarded update that also pushes the line of its own timeline and
 * the event into the outbox, then the event's add. False when the guard missed and nothing was written.
 */
export async function changeMeeting(change: MeetingChange, now: Date = new Date()): Promise<boolean> {
  const _ = database().command;
  const { meeting } = change;
  const won = await applyTransition({
    collection: MEETINGS,
    item: meeting,
    guard: change.guard ?? { _id: meeting._id, status: meeting.status },
    changes: {
      ...change.changes,
      ...(change.keepStatus ? {} : { status: change.to }),
      ...(onTopicTimeline(change.action) ? { history: _.push([historyEntry(change, now)]) } : {}),
    },
    event: meetingEventEntry(change),
  });
  if (won) await sendMeetingMessages(change);
  return won;
}
