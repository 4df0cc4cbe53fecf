import { createHandler } from '../../_shared/action';
import { checkIn } from './check-in';
import { decide } from './decide';
import { evaluate } from './evaluate';
import { get } from './get';
import { openEvaluation, progress } from './implementation';
import { list, mine } from './list';
import { propose } from './propose';
import { record } from './record';
import { cancelRegistration, register } from './registration';
import { gridReview } from './review';
import { second } from './second';
import { withdraw } from './withdraw';

export const actions = {
  propose,
  list,
  mine,
  get,
  second,
  gridReview,
  decide,
  register,
  cancelRegistration,
  checkIn,
  record,
  progress,
  openEvaluation,
  evaluate,
  withdraw,
};

export const main = createHandler(actions);
