import { createHandler } from '../../_shared/action';
import { MEDIA_CHECK_EVENT, receiveMediaCheck } from '../../_shared/media-check-verdict';
import { adminList } from './admin-list';
import { claim } from './claim';
import { confirm } from './confirm';
import { create } from './create';
import { get } from './get';
import { cancelClaim, fulfil, withdraw } from './holder-actions';
import { list } from './list';
import { mine } from './mine';
import { pendingCounts } from './pending-counts';
import { resubmit } from './resubmit';
import { review } from './review';

export const actions = {
  create,
  list,
  mine,
  get,
  review,
  claim,
  cancelClaim,
  fulfil,
  confirm,
  withdraw,
  adminList,
  resubmit,
  pendingCounts,
};

export const main = createHandler(actions, { [MEDIA_CHECK_EVENT]: receiveMediaCheck });
