import type { ComplaintCard, ComplaintDoc } from '../../../types/complaint';
import { OPEN_STATUSES, SIMILAR_DAYS, SIMILAR_METERS, similarComplaintsInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { database, rows } from '../../_shared/runtime';
import { toCard } from './complaint-views';

const DAY_MS = 24 * 3600 * 1000;
const SIMILAR_MAX = 10;

/**
 * Open public cases of the category filed lately in the building (the caller's by default) or within
 * SIMILAR_METERS of the location, nearest first: what the filer may 同问 instead of filing again.
 */
export const similar = defineAction({
  input: similarComplaintsInput,
  access: { kind: 'member' },
  async run({ user, actor }, input): Promise<ComplaintCard[]> {
    const db = database();
    const _ = db.command;
    const base = {
      communityId: actor.communityId,
      public: true,
      category: input.category,
      status: _.in([...OPEN_STATUSES]),
      createdAt: _.gte(new Date(Date.now() - SIMILAR_DAYS * DAY_MS)),
    };
    const buildingId = input.buildingId ?? user.buildingId;
    const { location } = input;
    // A near condition cannot sit inside or(): the building and the neighbourhood are two reads.
    const [near, inBuilding] = await Promise.all([
      location
        ? rows<ComplaintDoc>(
            db
              .collection(COMPLAINTS)
              .where({ ...base, point: _.geoNear({ geometry: db.Geo.Point(location.longitude, location.latitude), maxDistance: SIMILAR_METERS }) })
              .limit(SIMILAR_MAX),
          )
        : Promise.resolve([]),
      buildingId
        ? rows<ComplaintDoc>(db.collection(COMPLAINTS).where({ ...base, buildingId }).orderBy('createdAt', 'desc').limit(SIMILAR_MAX))
        : Promise.resolve([]),
    ]);
    const seen = new Set<string>();
    return [...near, ...inBuilding]
      .filter((c) => (seen.has(c._id) ? false : (seen.add(c._id), true)))
      .slice(0, SIMILAR_MAX)
      .map(toCard);
  },
});
