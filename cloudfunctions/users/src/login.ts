import { NO_PLACEMENT } from '../../../types/org';
import type { NamedPlacement } from '../../../types/org';
import { sortRoles } from '../../../types/roles';
import type { UserDoc } from '../../../types/user';
import { loginInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { config } from '../../_shared/config';
import { isDuplicateKey } from '../../_shared/errors';
import { OUTBOX_FIELD, deliverOrDefer, outboxEntry } from '../../_shared/outbox';
import { applyTransitionOrRefuse } from '../../_shared/transition';
import { resolvePlacement } from '../../_shared/org-repository';
import { database } from '../../_shared/runtime';
import { USERS, loadUser } from '../../_shared/users-repository';
import { myProfile } from './profile-view';

/** The community a configured first admin administers; null when none is configured or it does not exist. */
async function bootstrapPlacement(openid: string): Promise<NamedPlacement | null> {
  const bootstrap = config.bootstrapAdmins.find((admin) => admin.openid === openid);
  if (!bootstrap) return null;
  const placement = await resolvePlacement({ ...NO_PLACEMENT, communityId: bootstrap.communityId });
  if (!placement) console.warn(`BOOTSTRAP_ADMINS names an unknown community: ${bootstrap.communityId}`);
  return placement;
}

function newUser(openid: string, placement: NamedPlacement | null, at: Date): UserDoc {
  return {
    _id: openid,
    name: '',
    phone: null,
    room: null,
    ...(placement ?? NO_PLACEMENT),
    roles: placement ? ['resident', 'community_admin'] : ['resident'],
    bootstrappedAt: placement ? at : null,
    volunteer: { status: 'none', intro: null, appliedAt: null, reviewedAt: null, reviewedBy: null, reason: null },
    points: 0,
    activeClaims: 0,
    elderMode: false,
    inboxReadAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

async function create(openid: string): Promise<UserDoc> {
  const created = newUser(openid, await bootstrapPlacement(openid), new Date());
  const db = database();
  const event = outboxEntry({
    itemType: 'user',
    itemId: openid,
    communityId: created.communityId,
    action: 'user.created',
    from: null,
    to: created.roles.join(','),
    actorOpenid: openid,
    note: null,
  });
  try {
    await db.collection(USERS).add({ data: { ...created, createdAt: db.serverDate(), updatedAt: db.serverDate(), [OUTBOX_FIELD]: [event] } });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const existing = await loadUser(openid);
    if (existing) return existing;
    throw error;
  }
  await deliverOrDefer(USERS, openid, [event]);
  return created;
}

/**
 * A configured first admin who already had an account (they had to open the app to learn their openid)
 * becomes admin of the configured community on their next visit — once: an admin who is later demoted
 * by another admin stays demoted.
 */
async function promoteBootstrapAdmin(user: UserDoc): Promise<UserDoc> {
  if (user.bootstrappedAt || user.roles.includes('community_admin')) return user;
  if (!config.bootstrapAdmins.some((admin) => admin.openid === user._id)) return user;
  const placement = await bootstrapPlacement(user._id);
  if (!placement) return user;
  const roles = sortRoles([...user.roles, 'community_admin']);
  await applyTransitionOrRefuse(
    {
      collection: USERS,
      item: user,
      guard: { _id: user._id, roles: user.roles },
      changes: { ...placement, roles, bootstrappedAt: database().serverDate() },
      event: {
        itemType: 'user',
        itemId: user._id,
        communityId: placement.communityId,
        action: 'user.roles_changed',
        from: user.roles.join(','),
        to: roles.join(','),
        actorOpenid: user._id,
        actorLabel: '系统配置',
        note: 'BOOTSTRAP_ADMINS',
      },
    },
    'INVALID_STATE',
  );
  return { ...user, ...placement, roles, bootstrappedAt: new Date() };
}

/** First visit creates a resident; later visits return the profile. Safe to call concurrently. */
export const login = defineAction({
  input: loginInput,
  access: { kind: 'anyone' },
  async run({ openid, user }) {
    return myProfile(user ? await promoteBootstrapAdmin(user) : await create(openid));
  },
});
