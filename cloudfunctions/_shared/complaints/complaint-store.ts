import type { ComplaintDoc, ComplaintStatus } from '../../../types/complaint';
import { COMPLAINT_STATUS_LABELS } from '../../../types/complaint';
import type { ComplaintFacts } from '../../../types/permissions-complaints';
import type { NewEvent } from '../events';
import { namedPeople, sendSubscribeMessages } from '../notify';
import { findById } from '../runtime';
import { applyTransition } from '../transition';
import { scheduleOf } from './complaint-schedule';
import { maskPhonesInText } from '../../../types/privacy';

export const COMPLAINTS = 'complaints';
export const DEPARTMENTS = 'departments';

export async function loadComplaint(id: string): Promise<ComplaintDoc | null> {
  return findById<ComplaintDoc>(COMPLAINTS, id);
}

export function complaintFacts(c: ComplaintDoc): ComplaintFacts {
  return {
    streetId: c.streetId,
    communityId: c.communityId,
    gridId: c.gridId,
    category: c.category,
    status: c.status,
    level: c.level,
    anonymous: c.anonymous,
    private: c.private,
    reporterOpenid: c.reporter.openid,
    filedByOpenid: c.filedByOpenid,
    assigneeOpenid: c.assigneeOpenid,
    supporters: c.supporters,
    summons: c.summons,
    extensionStatus: c.extension?.status ?? null,
    rating: c.rating?.rating ?? null,
    resolvedAt: c.resolvedAt ? new Date(c.resolvedAt) : null,
    followUpPending: Boolean(c.followUp && !c.followUp.done),
  };
}

/** Whoever speaks for the reporter: the reporter, or the filer of a case for a resident without the app. */
export function reporterSide(c: Pick<ComplaintDoc, 'reporter' | 'filedByOpenid'>): string[] {
  return [...new Set([c.reporter.openid, c.filedByOpenid].filter((openid): openid is string => Boolean(openid)))];
}

/** The timeline's title for a case: its category and the start of its text, phone numbers masked before it is cut. */
export function complaintTitle(c: Pick<ComplaintDoc, 'category' | 'text'>): string {
  const chars = Array.from(maskPhonesInText(c.text));
  return `${c.category}：${chars.slice(0, 16).join('')}${chars.length > 16 ? '…' : ''}`;
}

export interface ComplaintEvent {
  complaint: ComplaintDoc;
  /** e.g. `complaint.accepted`; its inbox text lives in types/inbox.ts. */
  action: string;
  /** Defaults to the case's status before the change; null for its creation. */
  from?: ComplaintStatus | null;
  to: ComplaintStatus;
  actorOpenid: string;
  actorLabel: string;
  note?: string | null;
  recipients?: string[];
}

export function complaintEventEntry(event: ComplaintEvent): NewEvent {
  return {
    itemType: 'complaint',
    itemId: event.complaint._id,
    itemTitle: complaintTitle(event.complaint),
    communityId: event.complaint.communityId,
    action: event.action,
    from: event.from === undefined ? event.complaint.status : event.from,
    to: event.to,
    actorOpenid: event.actorOpenid,
    actorLabel: event.actorLabel,
    note: event.note ?? null,
    recipients: event.recipients ?? [],
  };
}

/** Subscription messages to the named people of the event; role holders addressed by audience key read their inbox. */
export async function sendComplaintMessages(event: ComplaintEvent): Promise<void> {
  const told = namedPeople(event.recipients ?? []).filter((openid) => openid !== event.actorOpenid);
  if (told.length === 0) return;
  await sendSubscribeMessages(told, {
    title: complaintTitle(event.complaint),
    status: COMPLAINT_STATUS_LABELS[event.to],
    page: `packages/complaints/detail/index?id=${event.complaint._id}`,
  });
}

export interface ComplaintChange extends ComplaintEvent {
  /**
   * What the case must still match; defaults to its `_id` and status as read. A change that keeps the status
   * guards what it changes (`extension: null`, the summon's status by position…).
   */
  guard?: Record<string, unknown>;
  /** Fields written besides `status` and the schedule; sub-documents are written whole. */
  changes?: Partial<ComplaintDoc> & Record<string, unknown>;
}

/**
 * Changes a case (its status to `to`, which may be the same) with its event in one guarded write; the
 * schedule fields (`waitingFor`, `dueAt`, `nextCheckAt`) are recomputed from the case as it will be. Returns
 * the case as written, or null when it changed first and nothing was written.
 */
export async function changeComplaint(change: ComplaintChange): Promise<ComplaintDoc | null> {
  const { complaint } = change;
  const next = { ...complaint, ...change.changes, status: change.to } as ComplaintDoc;
  const schedule = scheduleOf(next);
  const won = await applyTransition({
    collection: COMPLAINTS,
    item: complaint,
    guard: change.guard ?? { _id: complaint._id, status: complaint.status },
    changes: { ...change.changes, status: change.to, ...schedule },
    event: complaintEventEntry(change),
  });
  if (!won) return null;
  await sendComplaintMessages(change);
  return { ...next, ...schedule, updatedAt: new Date() };
}
