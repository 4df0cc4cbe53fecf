import { meInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { toMyProfile } from './profile-view';

export const me = defineAction({
  input: meInput,
  access: { kind: 'registered' },
  async run({ user }) {
    return toMyProfile(user);
  },
});
