import type { Actor } from '../../../types/actor';
import type { ComplaintCard, ComplaintDetail, ComplaintDoc, QueueCard, Summon, SummonView } from '../../../types/complaint';
import type { EventDoc } from '../../../types/event';
import { availableComplaintActions, reporterVisibility } from '../../../types/permissions-complaints';
import { complaintFacts } from '../../_shared/complaints/complaint-store';
import { toTimeline } from '../../_shared/timeline';
import { excerptOf } from '../../../types/text';

const iso = (date: Date | string | null | undefined) => (date ? new Date(date).toISOString() : null);

const EXCERPT_LENGTH = 40;

const excerpt = (value: string) => excerptOf(value, EXCERPT_LENGTH);

/** What the wall and 同问 show: never the reporter's name, phone or room. */
export function toCard(c: ComplaintDoc): ComplaintCard {
  return {
    id: c._id,
    category: c.category,
    excerpt: excerpt(c.text),
    status: c.status,
    urgency: c.urgency,
    level: c.level,
    reporterMasked: c.reporterMasked,
    gridName: c.gridName,
    buildingName: c.buildingName,
    communityName: c.communityName,
    address: c.location?.address ?? null,
    coverPhoto: c.photos[0] ?? null,
    supportCount: c.supportCount,
    waitingFor: c.waitingFor,
    dueAt: iso(c.dueAt),
    overdue: c.overdue ? { kind: c.overdue.kind, since: iso(c.overdue.since) ?? '' } : null,
    createdAt: iso(c.createdAt) ?? '',
  };
}

function toSummonView(summon: Summon): SummonView {
  return {
    departmentId: summon.departmentId,
    departmentName: summon.departmentName,
    status: summon.status,
    dueAt: iso(summon.dueAt) ?? '',
    acknowledgedAt: iso(summon.acknowledgedAt),
    reportedAt: iso(summon.reportedAt),
    result: summon.result,
    photos: summon.photos,
  };
}

/** A queue's card: the reporter's name only for staff who may see it. */
export function toQueueCard(c: ComplaintDoc, actor: Actor): QueueCard {
  return {
    ...toCard(c),
    reporterName: reporterVisibility(actor, complaintFacts(c)) === 'full' ? c.reporter.name : null,
    source: c.source,
    assigneeName: c.assigneeName ?? null,
    summons: c.summons.map(toSummonView),
  };
}

function reporterFor(c: ComplaintDoc, actor: Actor): ComplaintDetail['reporter'] {
  const visibility = reporterVisibility(actor, complaintFacts(c));
  if (visibility === 'full') return { name: c.reporter.name, phone: c.reporter.phone, room: c.reporter.room };
  if (visibility === 'place') return { name: '匿名', phone: null, room: c.reporter.room };
  return null;
}

/** One case in full, as this caller may see it, with what they may do now. */
export function toDetail(c: ComplaintDoc, actor: Actor, timeline: EventDoc[], now: Date): ComplaintDetail {
  const facts = complaintFacts(c);
  return {
    ...toCard(c),
    text: c.text,
    photos: c.photos,
    source: c.source,
    anonymous: c.anonymous,
    private: c.private,
    location: c.location,
    reporter: reporterFor(c, actor),
    mine: c.reporterSide?.includes(actor.openid) ?? (c.reporter.openid === actor.openid || c.filedByOpenid === actor.openid),
    supported: c.supporters.includes(actor.openid),
    assigneeName: c.assigneeName ?? null,
    acceptDueAt: iso(c.acceptDueAt),
    resolveDueAt: iso(c.resolveDueAt),
    acceptedAt: iso(c.acceptedAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    complex: c.complex,
    extension: c.extension
      ? { until: iso(c.extension.until) ?? '', reason: c.extension.reason, status: c.extension.status, reviewReason: c.extension.reviewReason }
      : null,
    summons: c.summons.map(toSummonView),
    resolution: c.resolution ? { result: c.resolution.result, photos: c.resolution.photos, at: iso(c.resolution.at) ?? '' } : null,
    rating: c.rating ? { rating: c.rating.rating, comment: c.rating.comment, at: iso(c.rating.at) ?? '' } : null,
    followUp: c.followUp
      ? { dueAt: iso(c.followUp.dueAt) ?? '', done: c.followUp.done, satisfied: c.followUp.satisfied, note: c.followUp.note, at: iso(c.followUp.at) }
      : null,
    returnReason: c.returned?.reason ?? null,
    rejection: c.rejection ? { reason: c.rejection.reason, redirect: c.rejection.redirect } : null,
    mergedInto: c.mergedInto,
    reopenCount: c.reopenCount,
    actions: availableComplaintActions(actor, facts, now),
    timeline: toTimeline(timeline),
  };
}
