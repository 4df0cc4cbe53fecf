import { createHandler } from '../../_shared/action';
import { applyVolunteer } from './apply-volunteer';
import { listMembers } from './list-members';
import { listOrg } from './list-org';
import { login } from './login';
import { me } from './me';
import { pointsHistory } from './points-history';
import { reviewVolunteer } from './review-volunteer';
import { setRoles } from './set-roles';
import { updateProfile } from './update-profile';

export const actions = {
  login,
  me,
  updateProfile,
  listOrg,
  applyVolunteer,
  reviewVolunteer,
  setRoles,
  listMembers,
  pointsHistory,
};

export const main = createHandler(actions);
