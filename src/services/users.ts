import type { OrgTree } from '@contract/org';
import type { Reply } from '@contract/reply';
import type {
  ApplyVolunteerInput,
  ListMembersInput,
  ListOrgInput,
  MyProfile,
  Page,
  PointsHistory,
  ReviewVolunteerInput,
  SetRolesInput,
  UpdateProfileInput,
  UserSummary,
} from '@contract/user';
import { callAction } from './cloud';

const FN = 'users';

export const login = (): Promise<Reply<MyProfile>> => callAction(FN, 'login');
export const me = (): Promise<Reply<MyProfile>> => callAction(FN, 'me');
export const updateProfile = (input: UpdateProfileInput): Promise<Reply<MyProfile>> =>
  callAction(FN, 'updateProfile', input);
export const listOrg = (input: ListOrgInput = {}): Promise<Reply<OrgTree>> => callAction(FN, 'listOrg', input);
export const applyVolunteer = (input: ApplyVolunteerInput): Promise<Reply<MyProfile>> =>
  callAction(FN, 'applyVolunteer', input);
export const reviewVolunteer = (input: ReviewVolunteerInput): Promise<Reply<UserSummary>> =>
  callAction(FN, 'reviewVolunteer', input);
export const setRoles = (input: SetRolesInput): Promise<Reply<UserSummary>> => callAction(FN, 'setRoles', input);
export const listMembers = (input: ListMembersInput = {}): Promise<Reply<Page<UserSummary>>> =>
  callAction(FN, 'listMembers', input);
export const pointsHistory = (cursor?: string): Promise<Reply<PointsHistory>> => callAction(FN, 'pointsHistory', cursor ? { cursor } : {});
