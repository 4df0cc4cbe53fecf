import type { EventDoc } from '../../../types/event';
import type { PointsCredit, PointsHistory } from '../../../types/user';
import { pointsHistoryInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { readNewestFirst } from '../../_shared/cursor';
import { EVENTS } from '../../_shared/events';

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
    const page = await readNewestFirst<EventDoc>(EVENTS, { 'points.openid': openid }, 'at', input.cursor);
    const history: PointsHistory = { balance: user.points, items: page.items.map(toCredit), nextCursor: page.nextCursor };
    return history;
  },
});
