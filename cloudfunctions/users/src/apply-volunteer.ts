import { applyVolunteerInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { updateIf } from '../../_shared/conditional';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { appendEvent } from '../../_shared/events';
import { database } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { toMyProfile } from './profile-view';

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

    const db = database();
    const volunteer = { status: 'pending', intro: input.intro, appliedAt: db.serverDate(), reviewedAt: null, reviewedBy: null, reason: null };
    await updateIf(USERS, { _id: openid, 'volunteer.status': status }, { volunteer, updatedAt: db.serverDate() }, 'VOLUNTEER_APPLICATION_PENDING');
    await appendEvent({
      itemType: 'user',
      itemId: openid,
      communityId: user.communityId,
      action: 'volunteer.applied',
      from: status,
      to: 'pending',
      actorOpenid: openid,
      note: null,
    });
    return toMyProfile({ ...user, volunteer: { ...user.volunteer, status: 'pending', intro: input.intro, reason: null } });
  },
});
