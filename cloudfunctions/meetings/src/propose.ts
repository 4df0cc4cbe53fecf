import { createHash } from 'node:crypto';
import type { Actor } from '../../../types/actor';
import type { ComplaintDoc } from '../../../types/complaint';
import type { MeetingDoc, MeetingScope, ProposeInput } from '../../../types/meeting';
import { LAPSE_DAYS, proposeInput } from '../../../types/meeting';
import { isMeetingStaffOf } from '../../../types/permissions-meetings';
import type { UserDoc } from '../../../types/user';
import type { MemberContext } from '../../_shared/action';
import { defineAction } from '../../_shared/action';
import { complaintTitle, loadComplaint } from '../../_shared/complaints/complaint-store';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError, isDuplicateKey } from '../../_shared/errors';
import { MEETINGS, historyEntry, loadMeeting, meetingEventEntry, thresholdsInForce } from '../../_shared/meetings/meeting-store';
import { OUTBOX_FIELD, deliverOrDefer, outboxEntry } from '../../_shared/outbox';
import { database } from '../../_shared/runtime';
import { toDetail } from './meeting-views';

const DAY_MS = 24 * 3600 * 1000;

/** The same caller retrying the same request lands on the same document. */
function meetingIdFor(openid: string, clientRequestId: string): string {
  return createHash('sha256').update(`meeting\n${openid}\n${clientRequestId}`).digest('hex').slice(0, 32);
}

/** The place the scope names: the proposer's own building, grid or community. */
function scopeIdOf(user: UserDoc, scope: MeetingScope): string {
  const scopeId = scope === 'building' ? user.buildingId : scope === 'grid' ? user.gridId : user.communityId;
  if (!scopeId || !user.name) throw new AppError('PROFILE_INCOMPLETE');
  return scopeId;
}

/** The complaint a topic is raised from: its community's staff or its reporter's side may raise it. */
async function complaintLink(actor: Actor, complaintId: string): Promise<{ id: string; title: string }> {
  const complaint: ComplaintDoc | null = await loadComplaint(complaintId);
  const mayRaise = complaint && complaint.communityId === actor.communityId && (isMeetingStaffOf(actor, complaint) || complaint.reporterSide.includes(actor.openid));
  if (!complaint || !mayRaise) throw new AppError('NOT_FOUND', '找不到这件诉求', [{ path: 'fromComplaintId', message: '找不到这件诉求' }]);
  return { id: complaint._id, title: complaintTitle(complaint) };
}

async function existingProposal(context: MemberContext, id: string) {
  const meeting = await loadMeeting(id);
  if (!meeting || meeting.proposer.openid !== context.openid) throw new AppError('INTERNAL');
  return toDetail(meeting, context.actor, new Date());
}

function newMeeting(id: string, user: UserDoc, input: ProposeInput, fromComplaint: MeetingDoc['fromComplaint'], now: Date): MeetingDoc {
  const lapsesAt = new Date(now.getTime() + LAPSE_DAYS * DAY_MS);
  const scopeId = scopeIdOf(user, input.scope);
  return {
    _id: id,
    title: input.title,
    background: input.background,
    scope: input.scope,
    scopeId,
    visibility: input.scope === 'building' ? `building:${scopeId}` : `community:${user.communityId}`,
    proposer: { openid: user._id, name: user.name ?? '' },
    proposedAt: now,
    clientRequestId: input.clientRequestId,
    fromComplaint,
    status: 'proposed',
    seconders: [],
    secondCount: 0,
    threshold: thresholdsInForce()[input.scope],
    thresholdReachedAt: null,
    lapsesAt,
    review: null,
    decision: null,
    meeting: null,
    registrations: [],
    registeredTotal: 0,
    cancelledRegistrations: [],
    checkIns: [],
    record: null,
    progress: [],
    evaluationWindow: null,
    evaluations: [],
    evaluationCounts: { satisfied: 0, basically: 0, unsatisfied: 0 },
    rejectedReason: null,
    closedAt: null,
    history: [],
    nextCheckAt: lapsesAt,
    streetId: user.streetId,
    communityId: user.communityId,
    gridId: user.gridId,
    buildingId: user.buildingId,
    communityName: user.communityName,
    gridName: user.gridName,
    buildingName: user.buildingName,
    createdAt: now,
    updatedAt: now,
  };
}

/** 群众提议: a member proposes a topic for their building, grid or community; it gathers seconds. */
export const propose = defineAction({
  input: proposeInput,
  access: { kind: 'member' },
  async run(context, input) {
    const { openid, user, actor } = context;
    const now = new Date();
    const id = meetingIdFor(openid, input.clientRequestId);
    scopeIdOf(user, input.scope);
    const fromComplaint = input.fromComplaintId ? await complaintLink(actor, input.fromComplaintId) : null;
    await assertContentAllowed(openid, { title: input.title, background: input.background });

    const meeting = newMeeting(id, user, input, fromComplaint, now);
    const event = {
      meeting,
      action: 'meeting.proposed',
      from: null,
      to: 'proposed' as const,
      actorOpenid: openid,
      actorLabel: '居民',
      note: fromComplaint ? `由诉求“${fromComplaint.title}”提出` : null,
      alsoOn: fromComplaint ? [`complaint:${fromComplaint.id}`] : [],
    };
    meeting.history = [historyEntry(event, now)];
    const entry = outboxEntry(meetingEventEntry(event));
    const db = database();
    try {
      await db.collection(MEETINGS).add({ data: { ...meeting, updatedAt: db.serverDate(), [OUTBOX_FIELD]: [entry] } });
    } catch (error) {
      if (isDuplicateKey(error)) return existingProposal(context, id);
      throw error;
    }
    await deliverOrDefer(MEETINGS, id, [entry]);
    return toDetail(meeting, actor, now);
  },
});
