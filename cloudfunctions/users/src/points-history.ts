import type { EventDoc } from '../../../types/event';
import type { PointsCredit, PointsHistory } from '../../../types/user';
import { pointsHistoryInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { after, cursorPage, positionOf } from '../../_shared/cursor';
import { EVENTS } from '../../_shared/events';
import { PAGE_SIZE } from '../../_shared/paging';
import { database, rows } from '../../_shared/runtime';

function toCredit(event: EventDoc): PointsCredit {
  return {
    id: event._id,
    itemType: event.itemType,
    itemId: event.itemId,
    itemTitle: event.itemTitle,
    action: event.action,
    points: event.points?.delta ?? 0,
    at: new Date(event.at).toISOString(),
  };
}

/**
 * The caller's points ledger, newest first: the events that carry points for them (each credit is written
 * with its event in one transaction, so the ledger and the balance agree). Index events.points_ledger.
 */
export const pointsHistory = defineAction({
  input: pointsHistoryInput,
  access: { kind: 'registered' },
  async run({ openid, user }, input) {
    const db = database();
    const position = positionOf(input.cursor);
    const mine = { 'points.openid': openid };
    const where = position ? db.command.and([mine, after(db, 'at', position)]) : mine;
    const found = await rows<EventDoc>(db.collection(EVENTS).where(where).orderBy('at', 'desc').orderBy('_id', 'desc').limit(PAGE_SIZE + 1));
    const page = cursorPage(found, (event) => ({ at: new Date(event.at), id: event._id }));
    const history: PointsHistory = { balance: user.points, items: page.items.map(toCredit), nextCursor: page.nextCursor };
    return history;
  },
});
