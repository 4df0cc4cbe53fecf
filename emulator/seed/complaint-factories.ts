/**
 * Complaint documents in any state, consistent with what the complaints function would have written: the
 * due times of the urgency, the schedule fields of scheduleOf, and a timeline to match.
 */
import { acceptDueFrom, resolveDueFrom } from '../../cloudfunctions/_shared/complaints/due-times';
import { scheduleOf } from '../../cloudfunctions/_shared/complaints/complaint-schedule';
import type {
  ComplaintCategory,
  ComplaintDoc,
  ComplaintLocation,
  ComplaintSource,
  ComplaintStatus,
  DepartmentDoc,
  Level,
  OverdueKind,
  Summon,
  SummonStatus,
  Urgency,
} from '../../types/complaint';
import { FOLLOW_UP_DAYS } from '../../types/complaint';
import type { EventDoc } from '../../types/event';
import { isPublicComplaint } from '../../types/permissions-complaints';
import { maskName } from '../../types/privacy';
import type { UserDoc } from '../../types/user';
import type { OrgDocs } from './factories';
import { placementOf } from './factories';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** The departments 吹哨 can summon in a street: id, name, duty. */
const DEPARTMENTS: Array<[string, string, string]> = [
  ['dept-property', '鑫盛物业', '物业管理'],
  ['dept-power', '云中路供电所', '供电抢修'],
  ['dept-greening', '园林绿化所', '绿化养护'],
  ['dept-police', '云中路派出所', '治安管理'],
  ['dept-cityadmin', '城管中队', '市容执法'],
];

export const DEFAULT_REPORT_LIMIT_MINUTES = 120;

export function departmentDocs(streetId: string): DepartmentDoc[] {
  return DEPARTMENTS.map(([id, name, duty], index) => ({
    _id: id,
    streetId,
    name,
    duty,
    reportLimitMinutes: DEFAULT_REPORT_LIMIT_MINUTES,
    order: index + 1,
  }));
}

export interface SummonSpec {
  department: DepartmentDoc;
  status: SummonStatus;
  /** Defaults to an hour after the case was filed. */
  at?: Date;
  by?: string;
  result?: string;
}

export interface ComplaintSpec {
  id: string;
  category: ComplaintCategory;
  text: string;
  status: ComplaintStatus;
  urgency?: Urgency;
  /** Who reports: a user of the app, or (with `onBehalfOf`) the grid worker / building leader filing for someone. */
  reporter: UserDoc;
  /** Filed for a resident without the app (帮办代办); the reporter is then the filer. */
  onBehalfOf?: { name: string; phone?: string; room?: string; buildingId: string };
  /** Found by the reporter, a grid worker, on 网格巡查. */
  patrol?: boolean;
  buildingId?: string;
  location?: { latitude: number; longitude: number; address?: string };
  photos?: string[];
  anonymous?: boolean;
  private?: boolean;
  level?: Level;
  /** Whoever accepted or was dispatched the case. */
  assignee?: UserDoc;
  supporters?: string[];
  summons?: SummonSpec[];
  /** For a closed case; defaults to 5. */
  rating?: number;
  /** Marks the case late on what it waits for, since its due time. */
  overdue?: OverdueKind;
  followUpDone?: boolean;
  mergedInto?: string;
  clientRequestId?: string;
  /** When it was filed. */
  at: Date;
  acceptedAt?: Date;
  resolvedAt?: Date;
  closedAt?: Date;
}

const ACCEPTED_ONCE: readonly ComplaintStatus[] = ['accepted', 'resolved', 'closed', 'reopened'];
const RESOLVED_ONCE: readonly ComplaintStatus[] = ['resolved', 'closed', 'reopened'];

/** The stored form of a db.Geo point (GeoJSON), as the SDK writes it. */
export function geoPoint(longitude: number, latitude: number): { type: 'Point'; coordinates: [number, number] } {
  return { type: 'Point', coordinates: [longitude, latitude] };
}

function summonOf(spec: SummonSpec, filedAt: Date, fallbackBy: string): Summon {
  const at = spec.at ?? new Date(filedAt.getTime() + HOUR);
  const acknowledged = spec.status !== 'summoned';
  return {
    departmentId: spec.department._id,
    departmentName: spec.department.name,
    status: spec.status,
    summonedAt: at,
    summonedBy: spec.by ?? fallbackBy,
    dueAt: new Date(at.getTime() + spec.department.reportLimitMinutes * 60 * 1000),
    acknowledgedAt: acknowledged ? new Date(at.getTime() + 30 * 60 * 1000) : null,
    reportedAt: spec.status === 'reported' ? new Date(at.getTime() + HOUR) : null,
    result: spec.status === 'reported' ? (spec.result ?? '已到现场处置完毕') : null,
    photos: [],
    lateNoticeAt: null,
  };
}

/** A case in any state, as the complaints function would have left it. */
export function complaintDoc(org: OrgDocs, spec: ComplaintSpec): ComplaintDoc {
  const urgency = spec.urgency ?? 'normal';
  const buildingId = spec.onBehalfOf?.buildingId ?? spec.buildingId ?? spec.reporter.buildingId;
  if (!buildingId) throw new Error(`complaint ${spec.id}: no building`);
  const placement = placementOf(org, buildingId);
  const source: ComplaintSource = spec.patrol ? 'patrol' : spec.onBehalfOf ? 'on_behalf' : 'resident';
  const reporter = spec.onBehalfOf
    ? { openid: null, name: spec.onBehalfOf.name, phone: spec.onBehalfOf.phone ?? null, room: spec.onBehalfOf.room ?? null }
    : { openid: spec.reporter._id, name: spec.reporter.name, phone: spec.reporter.phone, room: spec.reporter.room };
  const anonymous = spec.anonymous ?? false;
  const isPrivate = spec.private ?? false;
  const status = spec.status;
  const at = spec.at;
  const acceptedAt = ACCEPTED_ONCE.includes(status) ? (spec.acceptedAt ?? new Date(at.getTime() + HOUR)) : null;
  const resolvedAt = RESOLVED_ONCE.includes(status) ? (spec.resolvedAt ?? new Date((acceptedAt ?? at).getTime() + DAY)) : null;
  const closedAt = status === 'closed' ? (spec.closedAt ?? new Date((resolvedAt ?? at).getTime() + HOUR)) : null;
  const reopenedAt = status === 'reopened' && resolvedAt ? new Date(resolvedAt.getTime() + HOUR) : null;
  const handler = spec.assignee ?? null;
  const summons = (spec.summons ?? []).map((summon) => summonOf(summon, at, 'seed'));
  const level = spec.level ?? 'grid';
  const base: ComplaintDoc = {
    _id: spec.id,
    category: spec.category,
    text: spec.text,
    photos: spec.photos ?? [],
    location: spec.location ? ({ address: null, ...spec.location } satisfies ComplaintLocation) : null,
    point: spec.location ? geoPoint(spec.location.longitude, spec.location.latitude) : null,
    urgency,
    anonymous,
    private: isPrivate,
    public: isPublicComplaint({ anonymous, private: isPrivate, category: spec.category }),
    source,
    reporter,
    reporterMasked: anonymous ? '匿名' : maskName(reporter.name),
    filedByOpenid: spec.reporter._id,
    reporterSide: [...new Set([reporter.openid, spec.reporter._id].filter((openid): openid is string => Boolean(openid)))],
    clientRequestId: spec.clientRequestId ?? `seed-${spec.id}`,
    status,
    level,
    assigneeOpenid: acceptedAt && handler ? handler._id : null,
    assigneeName: acceptedAt && handler ? handler.name : null,
    acceptDueAt: acceptDueFrom(reopenedAt ?? at, urgency),
    resolveDueAt: acceptedAt ? resolveDueFrom(acceptedAt, urgency) : null,
    acceptedAt: status === 'reopened' ? null : acceptedAt,
    resolvedAt,
    closedAt,
    waitingFor: null,
    dueAt: null,
    nextCheckAt: null,
    overdue: null,
    urgedAt: null,
    lateEscalatedAt: null,
    leftGrid: level !== 'grid' || status === 'returned',
    complex: false,
    extension: null,
    summons,
    summonedDepartmentIds: summons.map((summon) => summon.departmentId),
    supporters: spec.supporters ?? [],
    supportCount: spec.supporters?.length ?? 0,
    resolution: resolvedAt && handler ? { result: '已到现场处理完毕，问题已解决', photos: [], by: handler._id, at: resolvedAt } : resolvedAt ? { result: '已到现场处理完毕，问题已解决', photos: [], by: 'seed', at: resolvedAt } : null,
    rating: status === 'closed' ? { rating: spec.rating ?? 5, comment: null, at: closedAt ?? at } : null,
    reopenCount: status === 'reopened' ? 1 : 0,
    followUp: closedAt
      ? {
          dueAt: new Date(closedAt.getTime() + FOLLOW_UP_DAYS * DAY),
          done: spec.followUpDone ?? false,
          satisfied: spec.followUpDone ? 'satisfied' : null,
          note: spec.followUpDone ? '居民表示满意' : null,
          by: spec.followUpDone ? (handler?._id ?? 'seed') : null,
          at: spec.followUpDone ? new Date(closedAt.getTime() + DAY) : null,
        }
      : null,
    returned: status === 'returned' ? { reason: '不属于本网格', by: handler?._id ?? 'seed', at: new Date(at.getTime() + HOUR) } : null,
    rejection: status === 'rejected' ? { reason: '不属于社区受理范围', redirect: '请拨打12345热线', by: 'seed', at: new Date(at.getTime() + HOUR) } : null,
    mergedInto: status === 'merged' ? (spec.mergedInto ?? null) : null,
    ...placement,
    createdAt: at,
    updatedAt: closedAt ?? reopenedAt ?? resolvedAt ?? acceptedAt ?? at,
  };
  const schedule = scheduleOf(base);
  const overdue = spec.overdue && schedule.dueAt ? { kind: spec.overdue, since: schedule.dueAt } : null;
  const marked = { ...base, overdue };
  return { ...marked, ...scheduleOf(marked) };
}

type Step = [action: string, from: ComplaintStatus | null, to: ComplaintStatus, actorLabel: string];

const HANDLED: Step[] = [['complaint.accepted', 'submitted', 'accepted', '网格员']];
const ANSWERED: Step[] = [...HANDLED, ['complaint.resolved', 'accepted', 'resolved', '网格员']];

const STATUS_HISTORY: Record<ComplaintStatus, Step[]> = {
  submitted: [],
  accepted: HANDLED,
  resolved: ANSWERED,
  closed: [...ANSWERED, ['complaint.rated', 'resolved', 'closed', '居民']],
  reopened: [...ANSWERED, ['complaint.reopened', 'resolved', 'reopened', '居民']],
  returned: [['complaint.returned', 'submitted', 'returned', '网格员']],
  merged: [['complaint.merged', 'submitted', 'merged', '社区']],
  rejected: [['complaint.rejected', 'submitted', 'rejected', '社区']],
  withdrawn: [['complaint.withdrawn', 'submitted', 'withdrawn', '居民']],
};

const FILER_LABEL: Record<ComplaintSource, string> = { resident: '居民', patrol: '网格员', on_behalf: '网格员代居民' };

/** The timeline a case in its state would have: creation, then each step to where it is. */
export function complaintHistory(c: ComplaintDoc): EventDoc[] {
  const steps: Step[] = [['complaint.created', null, 'submitted', FILER_LABEL[c.source]], ...STATUS_HISTORY[c.status]];
  const title = `${c.category}：${Array.from(c.text).slice(0, 16).join('')}${Array.from(c.text).length > 16 ? '…' : ''}`;
  const events: EventDoc[] = steps.map(([action, from, to, actorLabel], index) => ({
    _id: `${c._id}-e${index}`,
    itemType: 'complaint',
    itemId: c._id,
    itemTitle: title,
    communityId: c.communityId,
    action,
    from,
    to,
    actorOpenid: actorLabel === '居民' || index === 0 ? c.filedByOpenid : (c.assigneeOpenid ?? 'seed'),
    actorLabel,
    note: action === 'complaint.rejected' ? (c.rejection?.reason ?? null) : action === 'complaint.returned' ? (c.returned?.reason ?? null) : null,
    recipients: [],
    at: new Date(new Date(c.createdAt).getTime() + index * HOUR),
  }));
  c.summons.forEach((summon, index) => {
    events.push({
      _id: `${c._id}-s${index}`,
      itemType: 'complaint',
      itemId: c._id,
      itemTitle: title,
      communityId: c.communityId,
      action: 'complaint.summoned',
      from: c.status,
      to: c.status,
      actorOpenid: summon.summonedBy,
      actorLabel: '社区',
      note: summon.departmentName,
      recipients: [],
      at: summon.summonedAt,
    });
  });
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
