import { meInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { myProfile } from './profile-view';

export const me = defineAction({
  input: meInput,
  access: { kind: 'registered' },
  async run({ user }) {
    return myProfile(user);
  },
});
