import type { CommunityDoc } from '../../../types/org';
import type { EventDoc } from '../../../types/event';
import { maskPhonesInText } from '../../../types/privacy';
import type { AuditEntry, AuditLogInput } from '../../../types/report';
import { auditLogInput } from '../../../types/report';
import { auditsEvents } from '../../../types/permissions-reports';
import { monthRange } from '../../../types/report-month';
import type { Actor } from '../../../types/actor';
import type { Page } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { readNewestFirst } from '../../_shared/cursor';
import { AppError } from '../../_shared/errors';
import { EVENTS } from '../../_shared/events';
import { ORG_COLLECTIONS, listAll } from '../../_shared/org-repository';
import type { Database } from '../../_shared/runtime';
import { database } from '../../_shared/runtime';
import { maskedUserNames } from '../../_shared/users-repository';

/** The events the caller reads: their community's, or every community's of their street and the street's own. */
async function placeOf(db: Database, actor: Actor): Promise<Record<string, unknown>> {
  const _ = db.command;
  if (actor.roles.includes('street_admin') && actor.streetId) {
    const communities = await listAll<CommunityDoc>(ORG_COLLECTIONS.communities, { streetId: actor.streetId });
    const ids = communities.map((community) => community._id);
    return _.or([{ communityId: _.in(ids) }, { streetId: actor.streetId }]) as unknown as Record<string, unknown>;
  }
  if (actor.communityId) return { communityId: actor.communityId };
  throw new AppError('FORBIDDEN');
}

function toAuditEntry(event: EventDoc, names: Map<string, string>): AuditEntry {
  return {
    id: event._id,
    at: new Date(event.at).toISOString(),
    itemType: event.itemType,
    itemId: event.itemId,
    itemTitle: event.itemTitle ? maskPhonesInText(event.itemTitle) : null,
    action: event.action,
    from: event.from,
    to: event.to,
    actorOpenid: event.actorOpenid,
    actorLabel: event.actorLabel,
    actorName: event.actorOpenid ? (names.get(event.actorOpenid) ?? null) : null,
    note: event.note ? maskPhonesInText(event.note) : null,
  };
}

/** 操作留痕: the events behind a case, a person or a month, newest first, 20 a page; phone numbers masked. */
export const auditLog = defineAction({
  input: auditLogInput,
  access: { kind: 'actor', allow: auditsEvents },
  async run({ actor }, input: AuditLogInput): Promise<Page<AuditEntry>> {
    const db = database();
    const _ = db.command;
    const filter: Record<string, unknown> = {};
    if (input.itemId) filter.itemId = input.itemId;
    if (input.actorOpenid) filter.actorOpenid = input.actorOpenid;
    if (input.month) {
      const { start, end } = monthRange(input.month);
      filter.at = _.gte(start).and(_.lt(end));
    }
    const where = _.and([await placeOf(db, actor), filter]) as unknown as Record<string, unknown>;
    const page = await readNewestFirst<EventDoc>(EVENTS, where, 'at', input.cursor);
    const names = await maskedUserNames(page.items.map((event) => event.actorOpenid));
    return { items: page.items.map((event) => toAuditEntry(event, names)), nextCursor: page.nextCursor };
  },
});
