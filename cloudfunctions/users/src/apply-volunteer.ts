import { applyVolunteerInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { applyTransitionOrRefuse } from '../../_shared/transition';
import { USERS } from '../../_shared/users-repository';
import { myProfile } from './profile-view';

/** A resident of a community asks to become a volunteer; a community admin reviews it. */
export const applyVolunteer = defineAction({
  input: applyVolunteerInput,
  access: { kind: 'member' },
  async run({ openid, user }, input) {
    if (!user.name) throw new AppError('PROFILE_INCOMPLETE');
    const status = user.volunteer.status;
    if (status === 'approved') throw new AppError('VOLUNTEER_ALREADY_APPROVED');
    if (status === 'pending') throw new AppError('VOLUNTEER_APPLICATION_PENDING');
    await assertContentAllowed(openid, { intro: input.intro });

    const volunteer = { status: 'pending', intro: input.intro, appliedAt: new Date(), reviewedAt: null, reviewedBy: null, reason: null };
    await applyTransitionOrRefuse(
      {
        collection: USERS,
        item: user,
        guard: { _id: openid, 'volunteer.status': status },
        changes: { volunteer },
        event: { itemType: 'user', itemId: openid, communityId: user.communityId, action: 'volunteer.applied', from: status, to: 'pending', actorOpenid: openid, note: null },
      },
      'VOLUNTEER_APPLICATION_PENDING',
    );
    return myProfile({ ...user, volunteer: { ...user.volunteer, status: 'pending', intro: input.intro, reason: null } });
  },
});
