import { listOrgInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { loadOrgTree } from '../../_shared/org-repository';

/** The street → community → grid → building tree, for registration pickers. Open to every WeChat user. */
export const listOrg = defineAction({
  input: listOrgInput,
  access: { kind: 'identified' },
  async run(_context, input) {
    return loadOrgTree(input.communityId);
  },
});
