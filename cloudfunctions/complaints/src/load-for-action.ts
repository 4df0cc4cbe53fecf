import type { Actor } from '../../../types/actor';
import type { ComplaintAction, ComplaintDoc, ComplaintResult } from '../../../types/complaint';
import type { ComplaintFacts } from '../../../types/permissions-complaints';
import { canOnComplaint, speaksForReporter, stateAllowsAction } from '../../../types/permissions-complaints';
import type { ErrorCode } from '../../../types/reply';
import { roleLabelOf } from '../../../types/role-title';
import { ROLE_LABELS } from '../../../types/roles';
import type { ComplaintChange } from '../../_shared/complaints/complaint-store';
import { changeComplaint, complaintFacts, loadComplaint } from '../../_shared/complaints/complaint-store';
import { AppError } from '../../_shared/errors';

export interface Loaded {
  complaint: ComplaintDoc;
  facts: ComplaintFacts;
}

/**
 * The case for `action` by `actor`: NOT_FOUND unless they may see it, FORBIDDEN unless the permission table
 * lets them take the action, else `stateRefusal` (INVALID_STATE by default) unless the case's state allows it.
 */
export async function loadForAction(
  actor: Actor,
  id: string,
  action: ComplaintAction,
  now: Date,
  stateRefusal: (loaded: Loaded) => AppError = () => new AppError('INVALID_STATE'),
  /** A refusal that comes before the permission check (the case moved on in a way anyone who sees it may know). */
  before?: (loaded: Loaded) => AppError | null,
): Promise<Loaded> {
  return checkForAction(actor, await loadComplaint(id), action, now, stateRefusal, before);
}

/** loadForAction's checks on a case already read (null when there is none). */
export function checkForAction(
  actor: Actor,
  complaint: ComplaintDoc | null,
  action: ComplaintAction,
  now: Date,
  stateRefusal: (loaded: Loaded) => AppError = () => new AppError('INVALID_STATE'),
  before?: (loaded: Loaded) => AppError | null,
): Loaded {
  if (!complaint) throw new AppError('NOT_FOUND');
  const facts = complaintFacts(complaint);
  if (!canOnComplaint(actor, 'view', facts)) throw new AppError('NOT_FOUND');
  const early = before?.({ complaint, facts });
  if (early) throw early;
  if (!canOnComplaint(actor, action, facts)) throw new AppError('FORBIDDEN');
  if (!stateAllowsAction(action, actor, facts, now)) throw stateRefusal({ complaint, facts });
  return { complaint, facts };
}

/** The guarded change with its event; a lost race refuses with `lostRace` and nothing is written. */
export async function commit(change: ComplaintChange, lostRace: ErrorCode = 'COMPLAINT_CHANGED'): Promise<ComplaintResult> {
  const written = await changeComplaint(change);
  if (!written) throw new AppError(lostRace);
  return { id: written._id, status: written.status, level: written.level };
}

/** How the timeline names staff acting on a case: by their highest role. */
export function staffLabel(actor: Actor): string {
  return roleLabelOf(actor.roles);
}

/** How the timeline names the reporter side: 居民, or the staff member who filed for a resident. */
export function reporterLabel(actor: Actor, facts: ComplaintFacts): string {
  return speaksForReporter(actor, facts) && facts.reporterOpenid === actor.openid ? ROLE_LABELS.resident : staffLabel(actor);
}

/** The people to tell, without the actor and without repeats. */
export function others(actor: Actor, ...groups: ReadonlyArray<ReadonlyArray<string | null | undefined>>): string[] {
  return [...new Set(groups.flat().filter((openid): openid is string => Boolean(openid) && openid !== actor.openid))];
}
