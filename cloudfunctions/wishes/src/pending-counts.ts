import type { PendingCounts } from '../../../types/wish';
import { pendingCountsInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { countWhere } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { WISHES } from '../../_shared/wishes/wish-store';

const NOTHING: PendingCounts = { wishReviews: 0, volunteerApplications: 0, total: 0 };

/**
 * What waits for the caller in the 管理 tab: a community admin reviews their community's filed wishes and
 * volunteer applications; nobody else reviews either, and gets zeros. Two counts, each served by an index
 * (wishes.admin_status, users.community_volunteer_id).
 */
export const pendingCounts = defineAction({
  input: pendingCountsInput,
  access: { kind: 'registered' },
  async run({ actor }) {
    const communityId = actor.communityId;
    if (!actor.roles.includes('community_admin') || !communityId) return NOTHING;
    const [wishReviews, volunteerApplications] = await Promise.all([
      countWhere(WISHES, { communityId, status: 'pending_review' }),
      countWhere(USERS, { communityId, 'volunteer.status': 'pending' }),
    ]);
    const counts: PendingCounts = { wishReviews, volunteerApplications, total: wishReviews + volunteerApplications };
    return counts;
  },
});
