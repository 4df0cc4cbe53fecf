import { NO_PLACEMENT } from '../../../types/org';
import type { UserDoc } from '../../../types/user';
import { loginInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { config } from '../../_shared/config';
import { isDuplicateKey } from '../../_shared/errors';
import { appendEvent } from '../../_shared/events';
import { resolvePlacement } from '../../_shared/org-repository';
import { database } from '../../_shared/runtime';
import { USERS, loadUser } from '../../_shared/users-repository';
import { toMyProfile } from './profile-view';

async function newUser(openid: string, at: Date): Promise<UserDoc> {
  const bootstrap = config.bootstrapAdmins.find((admin) => admin.openid === openid);
  const placement = bootstrap ? await resolvePlacement({ ...NO_PLACEMENT, communityId: bootstrap.communityId }) : null;
  return {
    _id: openid,
    name: '',
    phone: null,
    room: null,
    ...(placement ?? NO_PLACEMENT),
    roles: placement ? ['resident', 'community_admin'] : ['resident'],
    volunteer: { status: 'none', intro: null, appliedAt: null, reviewedAt: null, reviewedBy: null, reason: null },
    points: 0,
    activeClaims: 0,
    elderMode: false,
    inboxReadAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** First visit creates a resident; later visits return the profile. Safe to call concurrently. */
export const login = defineAction({
  input: loginInput,
  access: { kind: 'anyone' },
  async run({ openid, user }) {
    if (user) return toMyProfile(user);
    const created = await newUser(openid, new Date());
    const db = database();
    try {
      await db.collection(USERS).add({ data: { ...created, createdAt: db.serverDate(), updatedAt: db.serverDate() } });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await loadUser(openid);
      if (existing) return toMyProfile(existing);
      throw error;
    }
    await appendEvent({
      itemType: 'user',
      itemId: openid,
      communityId: created.communityId,
      action: 'user.created',
      from: null,
      to: created.roles.join(','),
      actorOpenid: openid,
      note: null,
    });
    return toMyProfile(created);
  },
});
