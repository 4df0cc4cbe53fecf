import { createTimerHandler } from '../../_shared/timer';
import { auditClaimSlots } from './claim-slots-audit';
import { expireClaims, expireWishes } from './wish-expiry';

export const main = createTimerHandler({ expireClaims, expireWishes, auditClaimSlots });
