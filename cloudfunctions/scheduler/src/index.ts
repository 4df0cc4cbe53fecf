import { createTimerHandler } from '../../_shared/timer';
import { expireClaims, expireWishes } from './wish-expiry';

export const main = createTimerHandler({ expireClaims, expireWishes });
