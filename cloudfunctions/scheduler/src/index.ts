import { createTimerHandler } from '../../_shared/timer';
import { auditClaimSlots } from './claim-slots-audit';
import { checkComplaints } from './complaint-checks';
import { recountFigures } from './figures-recount';
import { checkMeetings } from './meeting-checks';
import { replayOutbox } from './outbox-replay';
import { expireClaims, expireWishes } from './wish-expiry';

/** The audit recounts claim slots after expired claims have given theirs back, never while they do. */
export const main = createTimerHandler([{ replayOutbox }, { expireWishes }, { expireClaims, auditClaimSlots }, { checkComplaints }, { checkMeetings }, { recountFigures }]);
