import { createHash } from 'node:crypto';
import type { Actor } from '../../../types/actor';
import type { ComplaintDoc, ComplaintSource, CreateComplaintInput, Reporter } from '../../../types/complaint';
import { createComplaintInput } from '../../../types/complaint';
import type { NamedPlacement } from '../../../types/org';
import { isPublicComplaint } from '../../../types/permissions-complaints';
import { maskName } from '../../../types/privacy';
import { ROLE_LABELS } from '../../../types/roles';
import { canFileOnBehalf, filesOnBehalf, onBehalfRole } from '../../../types/filer';
import type { UserDoc } from '../../../types/user';
import type { MemberContext } from '../../_shared/action';
import { defineAction } from '../../_shared/action';
import { acceptDueFrom } from '../../_shared/complaints/due-times';
import { scheduleOf } from '../../_shared/complaints/complaint-schedule';
import { COMPLAINTS, complaintEventEntry, loadComplaint, reporterSide, sendComplaintMessages } from '../../_shared/complaints/complaint-store';
import { gridWorkersOf } from '../../_shared/complaints/recipients';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError, isDuplicateKey } from '../../_shared/errors';
import { hideFailedPhotos } from '../../_shared/media-check-verdict';
import { resolvePlacement } from '../../_shared/org-repository';
import { OUTBOX_FIELD, deliverOrDefer, outboxEntry } from '../../_shared/outbox';
import { checkPhotos } from '../../_shared/photos';
import { database } from '../../_shared/runtime';
import { loadUser } from '../../_shared/users-repository';
import { toDetail } from './complaint-views';

/** The same caller retrying the same request lands on the same case. */
export function complaintIdFor(openid: string, clientRequestId: string): string {
  return createHash('sha256').update(`${openid}\n${clientRequestId}`).digest('hex').slice(0, 32);
}

interface Filing {
  reporter: Reporter;
  /** The resident's building, when nothing else names the place. */
  buildingId: string | null;
  source: ComplaintSource;
  actorLabel: string;
}

type OnBehalfOf = NonNullable<CreateComplaintInput['onBehalfOf']>;

const NOT_FOUND_RESIDENT = '找不到该居民或楼栋，请重新选择';

function filingForSelf(user: UserDoc, source: ComplaintSource): Filing {
  if (!user.name) throw new AppError('PROFILE_INCOMPLETE');
  return {
    reporter: { openid: user._id, name: user.name, phone: user.phone, room: user.room },
    buildingId: user.buildingId,
    source,
    actorLabel: source === 'patrol' ? ROLE_LABELS.grid_worker : ROLE_LABELS.resident,
  };
}

/** A grid worker or building leader files for a resident of their own grid (帮办代办). */
async function filingOnBehalf(actor: Actor, onBehalfOf: OnBehalfOf): Promise<Filing> {
  if (!filesOnBehalf(actor)) throw new AppError('FORBIDDEN', '只有网格员或楼栋长可以代居民反映问题');
  let reporter: Reporter;
  let place: NamedPlacement | null;
  if (onBehalfOf.openid) {
    const resident = await loadUser(onBehalfOf.openid);
    if (!resident?.buildingId || !resident.name) throw new AppError('INVALID_INPUT', NOT_FOUND_RESIDENT);
    if (onBehalfOf.buildingId && onBehalfOf.buildingId !== resident.buildingId) throw new AppError('INVALID_INPUT', NOT_FOUND_RESIDENT);
    reporter = { openid: resident._id, name: onBehalfOf.name ?? resident.name, phone: onBehalfOf.phone ?? resident.phone, room: onBehalfOf.room ?? resident.room };
    place = resident;
  } else {
    place = await resolvePlacement({ streetId: null, communityId: null, gridId: null, buildingId: onBehalfOf.buildingId ?? null });
    if (!place?.buildingId || !onBehalfOf.name) throw new AppError('INVALID_INPUT', NOT_FOUND_RESIDENT);
    reporter = { openid: null, name: onBehalfOf.name, phone: onBehalfOf.phone ?? null, room: onBehalfOf.room ?? null };
  }
  if (!canFileOnBehalf(actor, place)) throw new AppError('FORBIDDEN', '只能为本网格的居民代为反映问题');
  return { reporter, buildingId: place.buildingId, source: 'on_behalf', actorLabel: `${ROLE_LABELS[onBehalfRole(actor.roles)]}代居民` };
}

function filingOf(context: MemberContext, input: CreateComplaintInput): Promise<Filing> | Filing {
  if (input.patrol) {
    if (input.onBehalfOf) throw new AppError('INVALID_INPUT', '巡查上报不能同时代居民反映');
    if (!context.actor.roles.includes('grid_worker') || !context.actor.gridId) throw new AppError('FORBIDDEN', '只有网格员可以巡查上报');
    return filingForSelf(context.user, 'patrol');
  }
  if (input.onBehalfOf) return filingOnBehalf(context.actor, input.onBehalfOf);
  return filingForSelf(context.user, 'resident');
}

/** The place of the problem: the building named, or the reporter's; always in the caller's community. */
async function placeOf(actor: Actor, user: UserDoc, buildingId: string | null): Promise<NamedPlacement> {
  if (!buildingId) throw new AppError('PROFILE_INCOMPLETE');
  if (buildingId === user.buildingId) return user;
  const place = await resolvePlacement({ streetId: null, communityId: null, gridId: null, buildingId });
  if (!place || place.communityId !== actor.communityId) {
    throw new AppError('INVALID_INPUT', '请选择本社区的楼栋', [{ path: 'buildingId', message: '请选择本社区的楼栋' }]);
  }
  return place;
}

async function existingFiling(context: MemberContext, id: string) {
  const complaint = await loadComplaint(id);
  if (!complaint || complaint.filedByOpenid !== context.openid) throw new AppError('INTERNAL');
  return toDetail(complaint, context.actor, [], new Date());
}

/** Someone reports a problem (随手拍), or staff report one for a resident or from a patrol; the grid's worker hears of it. */
export const create = defineAction({
  input: createComplaintInput,
  access: { kind: 'member' },
  async run(context, input) {
    const { openid, user, actor } = context;
    const now = new Date();
    const filing = await filingOf(context, input);
    const place = await placeOf(actor, user, input.buildingId ?? filing.buildingId);
    await assertContentAllowed(openid, {
      text: input.text,
      'location.address': input.location?.address,
      'onBehalfOf.name': input.onBehalfOf?.name,
      'onBehalfOf.room': input.onBehalfOf?.room,
    });
    const id = complaintIdFor(openid, input.clientRequestId);
    await checkPhotos(openid, input.photos, { itemType: 'complaint', itemId: id });

    const db = database();
    const anonymous = input.anonymous ?? false;
    const isPrivate = input.private ?? false;
    const fields: Omit<ComplaintDoc, 'waitingFor' | 'dueAt' | 'nextCheckAt'> = {
      _id: id,
      category: input.category,
      text: input.text,
      photos: input.photos ?? [],
      location: input.location ? { latitude: input.location.latitude, longitude: input.location.longitude, address: input.location.address ?? null } : null,
      point: null,
      urgency: input.urgency,
      anonymous,
      private: isPrivate,
      public: isPublicComplaint({ anonymous, private: isPrivate, category: input.category }),
      source: filing.source,
      reporter: filing.reporter,
      reporterMasked: anonymous ? '匿名' : maskName(filing.reporter.name),
      filedByOpenid: openid,
      reporterSide: reporterSide({ reporter: filing.reporter, filedByOpenid: openid }),
      clientRequestId: input.clientRequestId,
      status: 'submitted',
      level: 'grid',
      assigneeOpenid: null,
      assigneeName: null,
      acceptDueAt: acceptDueFrom(now, input.urgency),
      resolveDueAt: null,
      acceptedAt: null,
      resolvedAt: null,
      closedAt: null,
      overdue: null,
      urgedAt: null,
      lateEscalatedAt: null,
      leftGrid: false,
      complex: false,
      extension: null,
      summons: [],
      summonedDepartmentIds: [],
      supporters: [],
      supportCount: 0,
      resolution: null,
      rating: null,
      reopenCount: 0,
      followUp: null,
      returned: null,
      rejection: null,
      mergedInto: null,
      streetId: place.streetId,
      communityId: place.communityId,
      gridId: place.gridId,
      buildingId: place.buildingId,
      communityName: place.communityName,
      gridName: place.gridName,
      buildingName: place.buildingName,
      createdAt: now,
      updatedAt: now,
    };
    const complaint: ComplaintDoc = { ...fields, ...scheduleOf(fields) };
    const recipients = gridWorkersOf(complaint.gridId);
    const event = { complaint, action: 'complaint.created', from: null, to: 'submitted' as const, actorOpenid: openid, actorLabel: filing.actorLabel, recipients };
    const created = outboxEntry(complaintEventEntry(event));
    const point = input.location ? db.Geo.Point(input.location.longitude, input.location.latitude) : null;
    try {
      await db.collection(COMPLAINTS).add({ data: { ...complaint, point, createdAt: now, updatedAt: db.serverDate(), [OUTBOX_FIELD]: [created] } });
    } catch (error) {
      if (isDuplicateKey(error)) return existingFiling(context, id);
      throw error;
    }
    await deliverOrDefer(COMPLAINTS, id, [created]);
    await sendComplaintMessages(event);
    if (complaint.photos.length > 0) await hideFailedPhotos('complaint', id);
    return toDetail(complaint, actor, [], now);
  },
});
