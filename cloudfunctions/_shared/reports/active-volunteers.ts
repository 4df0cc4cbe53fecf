import { activeVolunteer } from '../../../types/report-figures';
import type { VolunteeredWish } from '../../../types/report-figures';
import { monthOf, monthRange } from '../../../types/report-month';
import { database } from '../runtime';
import { WISHES } from '../wishes/wish-store';
import { forEachPage } from './read-all';

export interface VolunteeredWishDoc extends VolunteeredWish {
  _id: string;
  communityId: string | null;
  communityName: string | null;
  gridId: string | null;
  gridName: string | null;
  createdAt: Date;
}

/**
 * Every wish of `where` claimed or fulfilled in `month`, with the volunteer it shows active then: whatever month the
 * wish was filed in, a volunteer who worked on it this month was active this month.
 */
export async function forEachActiveVolunteer(
  where: Record<string, unknown>,
  month: string,
  onVolunteer: (wish: VolunteeredWishDoc, openid: string) => void,
): Promise<void> {
  const _ = database().command;
  const { start, end } = monthRange(month);
  const inMonth = _.gte(start).and(_.lt(end));
  const worked = _.and([where, _.or([{ 'claim.claimedAt': inMonth }, { 'fulfilment.at': inMonth }])]) as unknown as Record<string, unknown>;
  const fields = { communityId: true, communityName: true, gridId: true, gridName: true, claim: true, fulfilment: true } as const;
  await forEachPage<VolunteeredWishDoc>(WISHES, worked, 'createdAt', (page) => {
    for (const wish of page) {
      const openid = activeVolunteer(wish, month, monthOf);
      if (openid) onVolunteer(wish, openid);
    }
  }, fields);
}
