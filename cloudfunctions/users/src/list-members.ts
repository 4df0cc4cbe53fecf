import { listMembersInput } from '../../../types/user';
import type { UserDoc } from '../../../types/user';
import { canOnUsers } from '../../../types/permissions-users';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { PAGE_SIZE, toPage } from '../../_shared/paging';
import { database, rows } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { toUserSummary } from './user-summary';

/** The community admin's member list (e.g. pending volunteer applications), phones masked, 20 per page. */
export const listMembers = defineAction({
  input: listMembersInput,
  access: { kind: 'actor', allow: (actor) => actor.roles.includes('community_admin') },
  async run({ actor }, input) {
    if (!canOnUsers(actor, 'listCommunityUsers', { communityId: actor.communityId })) throw new AppError('FORBIDDEN');
    const db = database();
    const filter: Record<string, unknown> = { communityId: actor.communityId };
    if (input.volunteerStatus) filter['volunteer.status'] = input.volunteerStatus;
    if (input.cursor) filter._id = db.command.gt(input.cursor);
    const found = await rows<UserDoc>(db.collection(USERS).where(filter).orderBy('_id', 'asc').limit(PAGE_SIZE + 1));
    const page = toPage(found, (user) => user._id);
    return { items: page.items.map(toUserSummary), nextCursor: page.nextCursor };
  },
});
