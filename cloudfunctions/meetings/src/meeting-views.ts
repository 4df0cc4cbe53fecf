import type { Actor } from '../../../types/actor';
import type { MeetingAction, MeetingCard, MeetingDetail, MeetingDoc, MyRegistration, RosterEntry } from '../../../types/meeting';
import { CHECK_IN_OPENS_HOURS, STEP_OF_STATUS, evaluationSummary } from '../../../types/meeting';
import type { TimelineEntry } from '../../../types/event';
import { MEETING_ACTIONS, MEETING_ACTION_STATUSES, canOnMeeting, isMeetingStaffOf } from '../../../types/permissions-meetings';
import { maskName } from '../../../types/privacy';
import { meetingFacts } from '../../_shared/meetings/meeting-store';

const HOUR_MS = 3600 * 1000;
const iso = (value: Date | string) => new Date(value).toISOString();
const time = (value: Date | string) => new Date(value).getTime();

function excerptOf(text: string): string {
  const chars = Array.from(text);
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : text;
}

/** Staff and the proposer read the proposer's name; everyone else 王**. */
function proposerNameFor(meeting: MeetingDoc, actor: Actor | null): string {
  if (actor && (actor.openid === meeting.proposer.openid || isMeetingStaffOf(actor, meeting))) return meeting.proposer.name;
  return maskName(meeting.proposer.name);
}

export function toCard(meeting: MeetingDoc, actor: Actor | null): MeetingCard {
  return {
    id: meeting._id,
    title: meeting.title,
    excerpt: excerptOf(meeting.background),
    scope: meeting.scope,
    status: meeting.status,
    step: STEP_OF_STATUS[meeting.status],
    proposerName: proposerNameFor(meeting, actor),
    communityName: meeting.communityName,
    gridName: meeting.gridName,
    buildingName: meeting.buildingName,
    secondCount: meeting.secondCount,
    threshold: meeting.threshold,
    startsAt: meeting.meeting ? iso(meeting.meeting.startsAt) : null,
    place: meeting.meeting?.place ?? null,
    fromComplaintId: meeting.fromComplaint?.id ?? null,
    proposedAt: iso(meeting.proposedAt),
  };
}

/** The caller's registration: its place in `registrations` decides 已报名 or 候补 and the waitlist position. */
export function registrationOf(meeting: MeetingDoc, openid: string): MyRegistration | null {
  const index = meeting.registrations.findIndex((registration) => registration.openid === openid);
  if (index < 0 || !meeting.meeting) return null;
  const capacity = meeting.meeting.capacity;
  const registration = meeting.registrations[index]!;
  return {
    status: index < capacity ? 'registered' : 'waitlisted',
    waitlistPosition: index < capacity ? null : index - capacity + 1,
    code: registration.code,
    checkedIn: meeting.checkIns.includes(openid),
  };
}

function rosterOf(meeting: MeetingDoc): RosterEntry[] {
  const capacity = meeting.meeting?.capacity ?? 0;
  return meeting.registrations.map((registration, index) => ({
    name: registration.name,
    status: index < capacity ? 'registered' : 'waitlisted',
    waitlistPosition: index < capacity ? null : index - capacity + 1,
    checkedIn: meeting.checkIns.includes(registration.openid),
    at: iso(registration.at),
  }));
}

/** Whether the action's window is open now, beyond the status (registration closing, check-in opening…). */
function inWindow(meeting: MeetingDoc, action: MeetingAction, actor: Actor, now: Date): boolean {
  const plan = meeting.meeting;
  switch (action) {
    case 'second':
      return !meeting.seconders.includes(actor.openid);
    case 'register':
      return Boolean(plan) && time(plan!.registrationClosesAt) > now.getTime() && !meeting.registrations.some((r) => r.openid === actor.openid);
    case 'cancelRegistration':
      return Boolean(plan) && time(plan!.registrationClosesAt) > now.getTime() && meeting.registrations.some((r) => r.openid === actor.openid);
    case 'checkIn':
      return Boolean(plan) && now.getTime() >= time(plan!.startsAt) - CHECK_IN_OPENS_HOURS * HOUR_MS;
    case 'record':
      return Boolean(plan) && now.getTime() >= time(plan!.startsAt);
    case 'evaluate':
      return Boolean(meeting.evaluationWindow) && time(meeting.evaluationWindow!.endsAt) > now.getTime() && !meeting.evaluations.some((e) => e.openid === actor.openid);
    default:
      return true;
  }
}

/** What the caller may do with the topic now. */
export function actionsFor(meeting: MeetingDoc, actor: Actor, now: Date): MeetingAction[] {
  const facts = meetingFacts(meeting);
  return MEETING_ACTIONS.filter(
    (action) => MEETING_ACTION_STATUSES[action].includes(meeting.status) && canOnMeeting(actor, action, facts) && inWindow(meeting, action, actor, now),
  );
}

function timelineOf(meeting: MeetingDoc): TimelineEntry[] {
  return (meeting.history ?? []).map((entry) => ({
    action: entry.action,
    from: entry.from,
    to: entry.to,
    actorLabel: entry.actorLabel,
    note: entry.note,
    at: iso(entry.at),
  }));
}

export function toDetail(meeting: MeetingDoc, actor: Actor, now: Date): MeetingDetail {
  const plan = meeting.meeting;
  const capacity = plan?.capacity ?? 0;
  const total = meeting.registrations.length;
  const mine = meeting.evaluations.find((evaluation) => evaluation.openid === actor.openid);
  return {
    ...toCard(meeting, actor),
    background: meeting.background,
    fromComplaint: meeting.fromComplaint,
    mine: meeting.proposer.openid === actor.openid,
    seconded: meeting.seconders.includes(actor.openid),
    lapsesAt: iso(meeting.lapsesAt),
    review: meeting.review ? { approve: meeting.review.approve, note: meeting.review.note, byLabel: meeting.review.byLabel, at: iso(meeting.review.at) } : null,
    decision: meeting.decision
      ? { approve: meeting.decision.approve, reason: meeting.decision.reason, withMeeting: meeting.decision.withMeeting, at: iso(meeting.decision.at) }
      : null,
    meeting: plan
      ? {
          startsAt: iso(plan.startsAt),
          place: plan.place,
          capacity,
          registrationClosesAt: iso(plan.registrationClosesAt),
          registeredCount: Math.min(total, capacity),
          waitlistCount: Math.max(0, total - capacity),
          checkedInCount: meeting.checkIns.length,
        }
      : null,
    myRegistration: registrationOf(meeting, actor.openid),
    roster: canOnMeeting(actor, 'viewRoster', meetingFacts(meeting)) && plan ? rosterOf(meeting) : null,
    record: meeting.record
      ? { minutes: meeting.record.minutes, resolution: meeting.record.resolution, attendeesCount: meeting.record.attendeesCount, at: iso(meeting.record.recordedAt) }
      : null,
    progress: meeting.progress.map((report) => ({ note: report.note, photos: report.photos, at: iso(report.at) })),
    evaluation: meeting.evaluationWindow
      ? {
          ...evaluationSummary(meeting.evaluations.map((evaluation) => evaluation.rating)),
          opensAt: iso(meeting.evaluationWindow.opensAt),
          endsAt: iso(meeting.evaluationWindow.endsAt),
        }
      : null,
    myEvaluation: mine?.rating ?? null,
    rejectedReason: meeting.rejectedReason,
    closedAt: meeting.closedAt ? iso(meeting.closedAt) : null,
    actions: actionsFor(meeting, actor, now),
    timeline: timelineOf(meeting),
  };
}
