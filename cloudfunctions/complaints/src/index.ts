import { createHandler } from '../../_shared/action';
import { MEDIA_CHECK_EVENT, receiveMediaCheck } from '../../_shared/media-check-verdict';
import { accept } from './accept';
import { create } from './create';
import { departments } from './departments';
import { dispatch } from './dispatch';
import { escalate } from './escalate';
import { followUp } from './follow-up';
import { get } from './get';
import { list } from './list';
import { merge } from './merge';
import { mine } from './mine';
import { queue } from './queue';
import { rate, reopen, withdraw } from './reporter-actions';
import { reject } from './reject';
import { requestExtension, reviewExtension } from './extension';
import { resolve } from './resolve';
import { returnToCommunity } from './return-to-community';
import { similar } from './similar';
import { summon, acknowledge, reportBack } from './summons';
import { support } from './support';

export const actions = {
  create,
  similar,
  support,
  list,
  departments,
  mine,
  get,
  queue,
  accept,
  dispatch,
  returnToCommunity,
  requestExtension,
  reviewExtension,
  escalate,
  summon,
  acknowledge,
  reportBack,
  resolve,
  rate,
  reopen,
  followUp,
  merge,
  reject,
  withdraw,
};

export const main = createHandler(actions, { [MEDIA_CHECK_EVENT]: receiveMediaCheck });
